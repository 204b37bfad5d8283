// Generated from specs/tbk/taobao.tbk.dg.optimus.material.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.dg.optimus.material` (淘宝客-推广者-物料精选). */
export interface TaobaoTbkDgOptimusMaterialRequest {
  /** 页大小，默认20，1~100 */
  page_size?: Int64Input;
  /** 第几页，默认：1 */
  page_no?: Int64Input;
  /** mm_xxx_xxx_xxx的第三位 */
  adzone_id: Int64Input;
  /** 官方的物料Id(详细物料id见：https://market.m.taobao.com/app/qn/toutiao-new/index-pc.html#/detail/10628875?_k=gpov9a) */
  material_id: Int64Input;
  /** 智能匹配-设备号加密后的值（MD5加密需32位小写），类型为OAID时传原始OAID值 */
  device_value?: string;
  /** 智能匹配-设备号加密类型：MD5，类型为OAID时不传 */
  device_encrypt?: string;
  /** 智能匹配-设备号类型：IMEI，或者IDFA，或者UTDID（UTDID不支持MD5加密），或者OAID */
  device_type?: string;
  /** 内容专用-内容详情ID */
  content_id?: Int64Input;
  /** 内容专用-内容渠道信息 */
  content_source?: string;
  /** 商品ID，用于相似商品推荐 */
  item_id?: string;
  /** 选品库投放id */
  favorites_id?: string;
}

/** Response of `taobao.tbk.dg.optimus.material`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkDgOptimusMaterialResponse {
  /** resultList */
  result_list?: TaobaoTbkDgOptimusMaterialMapData[];
  /** 推荐信息-是否抄底 */
  is_default?: string;
  /** 商品总数-目前只有全品库商品查询有该字段 */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MapData` of `taobao.tbk.dg.optimus.material`. */
export interface TaobaoTbkDgOptimusMaterialMapData {
  /** 优惠券（元） 若属于预售商品，该优惠券付尾款可用，付定金不可用 */
  coupon_amount?: Int64;
  /** 商品信息-商品小图列表 */
  small_images?: string[];
  /** 店铺信息-店铺名称 */
  shop_title?: string;
  /** 商品信息-叶子类目id */
  category_id?: Int64;
  /** 优惠券信息-优惠券起用门槛，满X元可用。如：满299元减20元 */
  coupon_start_fee?: string;
  /** 商品信息-宝贝id */
  item_id?: string;
  /** 优惠券信息-优惠券总量 */
  coupon_total_count?: Int64;
  /** 店铺信息-卖家类型，0表示淘宝，1表示天猫，3表示特价版 */
  user_type?: Int64;
  /** 折扣价（元） 若属于预售商品，付定金时间内，折扣价=预售价 */
  zk_final_price?: string;
  /** 优惠券信息-优惠券剩余量 */
  coupon_remain_count?: Int64;
  /** 商品信息-佣金比率(%) */
  commission_rate?: string;
  /** 优惠券信息-优惠券开始时间 */
  coupon_start_time?: string;
  /** 商品信息-商品标题 */
  title?: string;
  /** 商品信息-宝贝描述（推荐理由,不一定有） */
  item_description?: string;
  /** 店铺信息-卖家id */
  seller_id?: Int64;
  /** 商品信息-30天销量 */
  volume?: Int64;
  /** 优惠券信息-优惠券结束时间 */
  coupon_end_time?: string;
  /** 链接-宝贝+券二合一页面链接(该字段废弃，请勿再用) */
  coupon_click_url?: string;
  /** 商品信息-商品主图 */
  pict_url?: string;
  /** 链接-宝贝推广链接 */
  click_url?: string;
  /** 拼团专用-拼团剩余库存 */
  stock?: Int64;
  /** 拼团专用-拼团已售数量 */
  sell_num?: Int64;
  /** 拼团专用-拼团库存数量 */
  total_stock?: Int64;
  /** 拼团专用-拼团结束时间 */
  oetime?: string;
  /** 拼团专用-拼团开始时间 */
  ostime?: string;
  /** 拼团专用-拼团几人团 */
  jdd_num?: Int64;
  /** 拼团专用-拼团拼成价，单位元 */
  jdd_price?: string;
  /** 拼团专用-拼团一人价（原价)，单位元 */
  orig_price?: string;
  /** 商品信息-一级类目名称 */
  level_one_category_name?: string;
  /** 商品信息-一级类目ID */
  level_one_category_id?: Int64;
  /** 商品信息-叶子类目名称 */
  category_name?: string;
  /** 商品信息-商品白底图 */
  white_image?: string;
  /** 商品信息-商品短标题 */
  short_title?: string;
  /** 商品信息-商品关联词 */
  word_list?: TaobaoTbkDgOptimusMaterialWordMapData[];
  /** 营销-天猫营销玩法 */
  tmall_play_activity_info?: string;
  /** 商品信息-预售数量 */
  uv_sum_pre_sale?: Int64;
  /** 物料块id(测试中请勿使用) */
  x_id?: string;
  /** 商品信息-新人价 */
  new_user_price?: string;
  /** 优惠券信息-优惠券满减信息 */
  coupon_info?: string;
  /** 链接-宝贝+券二合一页面链接 */
  coupon_share_url?: string;
  /** 店铺信息-卖家昵称 */
  nick?: string;
  /** 商品信息-一口价 */
  reserve_price?: string;
  /** 聚划算信息-聚淘结束时间 */
  ju_online_end_time?: string;
  /** 聚划算信息-聚淘开始时间 */
  ju_online_start_time?: string;
  /** 猫超玩法信息-活动结束时间，精确到毫秒 */
  maochao_play_end_time?: string;
  /** 猫超玩法信息-活动开始时间，精确到毫秒 */
  maochao_play_start_time?: string;
  /** 猫超玩法信息-折扣条件，价格百分数存储，件数按数量存储。可以有多个折扣条件，与折扣字段对应，','分割 */
  maochao_play_conditions?: string;
  /** 猫超玩法信息-折扣，折扣按照百分数存储，其余按照单位分存储。可以有多个折扣，','分割 */
  maochao_play_discounts?: string;
  /** 猫超玩法信息-玩法类型，2:折扣(满n件折扣),5:减钱(满n元减m元) */
  maochao_play_discount_type?: string;
  /** 猫超玩法信息-当前是否包邮，1:是，0:否 */
  maochao_play_free_post_fee?: string;
  /** 多件券优惠比例 */
  multi_coupon_zk_rate?: string;
  /** 多件券件单价 */
  price_after_multi_coupon?: string;
  /** 多件券单品件数 */
  multi_coupon_item_count?: string;
  /** 锁住的佣金率 */
  lock_rate?: string;
  /** 锁佣结束时间 */
  lock_rate_end_time?: Int64;
  /** 锁佣开始时间 */
  lock_rate_start_time?: Int64;
  /** 满减满折的类型（1. 满减 2. 满折） */
  promotion_type?: string;
  /** 满减满折信息 */
  promotion_info?: string;
  /** 满减满折门槛（满2件打5折中值为2；满300减20中值为300） */
  promotion_discount?: string;
  /** 满减满折优惠（满2件打5折中值为5；满300减20中值为20） */
  promotion_condition?: string;
  /** 预售商品-优惠信息 */
  presale_discount_fee_text?: string;
  /** 预售商品-付尾款结束时间（毫秒） */
  presale_tail_end_time?: Int64;
  /** 预售商品-付尾款开始时间（毫秒） */
  presale_tail_start_time?: Int64;
  /** 预售商品-付定金结束时间（毫秒） */
  presale_end_time?: Int64;
  /** 预售商品-付定金开始时间（毫秒） */
  presale_start_time?: Int64;
  /** 预售商品-定金（元） */
  presale_deposit?: string;
  /** 预售有礼-淘礼金使用开始时间 */
  ysyl_tlj_use_start_time?: string;
  /** 预售有礼-佣金比例（ 预售有礼活动享受的推广佣金比例，注：推广该活动有特殊分成规则，请详见：https://tbk.bbs.taobao.com/detail.html?appId=45301&postId=9334376 ） */
  ysyl_commission_rate?: string;
  /** 预售有礼-淘礼金发放时间 */
  ysyl_tlj_send_time?: string;
  /** 预售有礼-预估淘礼金（元） */
  ysyl_tlj_face?: string;
  /** 预售有礼-推广链接 */
  ysyl_click_url?: string;
  /** 预售有礼-淘礼金使用结束时间 */
  ysyl_tlj_use_end_time?: string;
  /** 聚划算满减 -结束时间（毫秒） */
  ju_play_end_time?: Int64;
  /** 聚划算满减 -开始时间（毫秒） */
  ju_play_start_time?: Int64;
  /** 1聚划算满减：满N件减X元，满N件X折，满N件X元） 2天猫限时抢：前N分钟每件X元，前N分钟满N件每件X元，前N件每件X元） */
  play_info?: string;
  /** 天猫限时抢可售 -结束时间（毫秒） */
  tmall_play_activity_end_time?: Int64;
  /** 天猫限时抢可售 -开始时间（毫秒） */
  tmall_play_activity_start_time?: Int64;
  /** 聚划算信息-商品预热开始时间（毫秒） */
  ju_pre_show_end_time?: string;
  /** 聚划算信息-商品预热结束时间（毫秒） */
  ju_pre_show_start_time?: string;
  /** 选品库信息 */
  favorites_info?: TaobaoTbkDgOptimusMaterialFavoritesInfo;
  /** 活动价 */
  sale_price?: string;
  /** 跨店满减信息 */
  kuadian_promotion_info?: string;
  /** 商品子标题 */
  sub_title?: string;
  /** 聚划算商品价格卖点描述 */
  jhs_price_usp_list?: string;
  /** 淘抢购商品专用-结束时间 */
  tqg_online_end_time?: string;
  /** 淘抢购商品专用-开团时间 */
  tqg_online_start_time?: string;
  /** 淘抢购商品专用-已抢购数量 */
  tqg_sold_count?: Int64;
  /** 淘抢购商品专用-总库存 */
  tqg_total_count?: Int64;
  /** 是否品牌精选，0不是，1是 */
  superior_brand?: string;
  /** 是否品牌快抢，0不是，1是 */
  is_brand_flash_sale?: string;
  /** 是否是热门商品，0不是，1是 */
  hot_flag?: string;
  /** 前N件佣金信息-前N件佣金生效或预热时透出以下字段 */
  topn_info?: TaobaoTbkDgOptimusMaterialTopNInfoDTO;
  /** 百亿补贴信息 */
  bybt_info?: TaobaoTbkDgOptimusMaterialBybtInfoDTO;
  /** 商品入驻淘特后产生的所有销量量级，不特指某段具体时间 */
  tt_sold_count?: string;
  /** 猫超买返卡信息 */
  maifan_promotion?: TaobaoTbkDgOptimusMaterialMaifanPromotionDTO;
  /** 额外奖励活动类型，如果一个商品有多个奖励类型，返回结果使用空格分割，0=单单奖励(已失效)，1=超级单单奖励(已失效)，2=年货节单单奖励 */
  cpa_reward_type?: string;
  /** 额外奖励活动金额，活动奖励金额的类型与cpa_reward_type字段对应，如果一个商品有多个奖励类型，返回结果使用空格分割 */
  cpa_reward_amount?: string;
  /** 合作伙伴单单补ID，用作“年货节超级单单补”活动合作伙伴奖励统计依据 */
  activity_id?: string;
  /** 定向计划集合 */
  sp_campaign_list?: TaobaoTbkDgOptimusMaterialSpCampaign[];
}

/** `WordMapData` of `taobao.tbk.dg.optimus.material`. */
export interface TaobaoTbkDgOptimusMaterialWordMapData {
  /** 链接-商品相关关联词落地页地址 */
  url?: string;
  /** 商品相关的关联词 */
  word?: string;
}

/** `FavoritesInfo` of `taobao.tbk.dg.optimus.material`. */
export interface TaobaoTbkDgOptimusMaterialFavoritesInfo {
  /** 选品库总数量 */
  total_count?: Int64;
  /** 选品库详细信息 */
  favorites_list?: TaobaoTbkDgOptimusMaterialFavoritesDetail[];
}

/** `FavoritesDetail` of `taobao.tbk.dg.optimus.material`. */
export interface TaobaoTbkDgOptimusMaterialFavoritesDetail {
  /** 选品库id */
  favorites_id?: Int64;
  /** 选品库标题 */
  favorites_title?: string;
}

/** `TopNInfoDTO` of `taobao.tbk.dg.optimus.material`. */
export interface TaobaoTbkDgOptimusMaterialTopNInfoDTO {
  /** 前N件剩余库存 */
  topn_quantity?: Int64;
  /** 前N件初始总库存 */
  topn_total_count?: Int64;
  /** 前N件佣金结束时间 */
  topn_end_time?: string;
  /** 前N件佣金开始时间 */
  topn_start_time?: string;
  /** 前N件佣金率 */
  topn_rate?: string;
}

/** `BybtInfoDTO` of `taobao.tbk.dg.optimus.material`. */
export interface TaobaoTbkDgOptimusMaterialBybtInfoDTO {
  /** 百亿补贴品牌logo */
  bybt_brand_logo?: string;
  /** 百亿补贴白底图 */
  bybt_pic_url?: string;
  /** 百亿补贴商品特征标签，eg.今日发货、晚发补偿、限购一件等 */
  bybt_item_tags?: string[];
  /** 百亿补贴专属券面额，仅限百亿补贴场景透出 */
  bybt_coupon_amount?: string;
  /** 百亿补贴页面实时价 */
  bybt_show_price?: string;
  /** 全网对比参考价格 */
  bybt_lowest_price?: string;
  /** 商品的百亿补贴开始时间 */
  bybt_end_time?: string;
  /** 商品的百亿补贴结束时间 */
  bybt_start_time?: string;
}

/** `MaifanPromotionDTO` of `taobao.tbk.dg.optimus.material`. */
export interface TaobaoTbkDgOptimusMaterialMaifanPromotionDTO {
  /** 猫超买返卡活动结束时间 */
  maifan_promotion_end_time?: string;
  /** 猫超买返卡活动开始时间 */
  maifan_promotion_start_time?: string;
  /** 猫超买返卡面额 */
  maifan_promotion_discount?: string;
  /** 猫超买返卡总数，-1代表不限量，其他大于等于0的值为总数 */
  maifan_promotion_condition?: string;
}

/** `SpCampaign` of `taobao.tbk.dg.optimus.material`. */
export interface TaobaoTbkDgOptimusMaterialSpCampaign {
  /** 定向计划活动ID */
  sp_cid?: string;
  /** 定向计划名称 */
  sp_name?: string;
  /** 定向佣金率 */
  sp_rate?: string;
  /** 定向是否锁佣，0=不锁佣 1=锁佣 */
  sp_lock_status?: string;
  /** 定向计划申请链接 */
  sp_apply_link?: string;
  /** 定向计划是否可用 1-可用 0-不可用 */
  sp_status?: string;
}

const REQUEST_SCHEMA = {
  page_size: 'Number',
  page_no: 'Number',
  adzone_id: 'Number',
  material_id: 'Number',
  device_value: 'String',
  device_encrypt: 'String',
  device_type: 'String',
  content_id: 'Number',
  content_source: 'String',
  item_id: 'String',
  favorites_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      coupon_amount: 'Number',
      small_images: ['String'],
      shop_title: 'String',
      category_id: 'Number',
      coupon_start_fee: 'String',
      item_id: 'String',
      coupon_total_count: 'Number',
      user_type: 'Number',
      zk_final_price: 'String',
      coupon_remain_count: 'Number',
      commission_rate: 'String',
      coupon_start_time: 'String',
      title: 'String',
      item_description: 'String',
      seller_id: 'Number',
      volume: 'Number',
      coupon_end_time: 'String',
      coupon_click_url: 'String',
      pict_url: 'String',
      click_url: 'String',
      stock: 'Number',
      sell_num: 'Number',
      total_stock: 'Number',
      oetime: 'String',
      ostime: 'String',
      jdd_num: 'Number',
      jdd_price: 'String',
      orig_price: 'String',
      level_one_category_name: 'String',
      level_one_category_id: 'Number',
      category_name: 'String',
      white_image: 'String',
      short_title: 'String',
      word_list: [
        {
          url: 'String',
          word: 'String',
        },
      ],
      tmall_play_activity_info: 'String',
      uv_sum_pre_sale: 'Number',
      x_id: 'String',
      new_user_price: 'String',
      coupon_info: 'String',
      coupon_share_url: 'String',
      nick: 'String',
      reserve_price: 'String',
      ju_online_end_time: 'String',
      ju_online_start_time: 'String',
      maochao_play_end_time: 'String',
      maochao_play_start_time: 'String',
      maochao_play_conditions: 'String',
      maochao_play_discounts: 'String',
      maochao_play_discount_type: 'String',
      maochao_play_free_post_fee: 'String',
      multi_coupon_zk_rate: 'String',
      price_after_multi_coupon: 'String',
      multi_coupon_item_count: 'String',
      lock_rate: 'String',
      lock_rate_end_time: 'Number',
      lock_rate_start_time: 'Number',
      promotion_type: 'String',
      promotion_info: 'String',
      promotion_discount: 'String',
      promotion_condition: 'String',
      presale_discount_fee_text: 'String',
      presale_tail_end_time: 'Number',
      presale_tail_start_time: 'Number',
      presale_end_time: 'Number',
      presale_start_time: 'Number',
      presale_deposit: 'String',
      ysyl_tlj_use_start_time: 'String',
      ysyl_commission_rate: 'String',
      ysyl_tlj_send_time: 'String',
      ysyl_tlj_face: 'String',
      ysyl_click_url: 'String',
      ysyl_tlj_use_end_time: 'String',
      ju_play_end_time: 'Number',
      ju_play_start_time: 'Number',
      play_info: 'String',
      tmall_play_activity_end_time: 'Number',
      tmall_play_activity_start_time: 'Number',
      ju_pre_show_end_time: 'String',
      ju_pre_show_start_time: 'String',
      favorites_info: {
        total_count: 'Number',
        favorites_list: [
          {
            favorites_id: 'Number',
            favorites_title: 'String',
          },
        ],
      },
      sale_price: 'String',
      kuadian_promotion_info: 'String',
      sub_title: 'String',
      jhs_price_usp_list: 'String',
      tqg_online_end_time: 'String',
      tqg_online_start_time: 'String',
      tqg_sold_count: 'Number',
      tqg_total_count: 'Number',
      superior_brand: 'String',
      is_brand_flash_sale: 'String',
      hot_flag: 'String',
      topn_info: {
        topn_quantity: 'Number',
        topn_total_count: 'Number',
        topn_end_time: 'String',
        topn_start_time: 'String',
        topn_rate: 'String',
      },
      bybt_info: {
        bybt_brand_logo: 'String',
        bybt_pic_url: 'String',
        bybt_item_tags: ['String'],
        bybt_coupon_amount: 'String',
        bybt_show_price: 'String',
        bybt_lowest_price: 'String',
        bybt_end_time: 'String',
        bybt_start_time: 'String',
      },
      tt_sold_count: 'String',
      maifan_promotion: {
        maifan_promotion_end_time: 'String',
        maifan_promotion_start_time: 'String',
        maifan_promotion_discount: 'String',
        maifan_promotion_condition: 'String',
      },
      cpa_reward_type: 'String',
      cpa_reward_amount: 'String',
      activity_id: 'String',
      sp_campaign_list: [
        {
          sp_cid: 'String',
          sp_name: 'String',
          sp_rate: 'String',
          sp_lock_status: 'String',
          sp_apply_link: 'String',
          sp_status: 'String',
        },
      ],
    },
  ],
  is_default: 'String',
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.dg.optimus.material`: method, response root, request and response schemas. */
export const taobaoTbkDgOptimusMaterialOperation = {
  method: 'taobao.tbk.dg.optimus.material',
  responseRoot: 'tbk_dg_optimus_material_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-推广者-物料精选 — calls TOP method `taobao.tbk.dg.optimus.material`.
 *
 * 支持入参对应的“推广位”和官方提供的“物料id”，获取指定物料信息和推广链接，还可入参用户信息提供智能推荐（需智能推荐请先前协议https://pub.alimama.com/fourth/protocol/common.htm?key=hangye_laxin）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkDgOptimusMaterial(
  client: TopClient,
  request: TaobaoTbkDgOptimusMaterialRequest,
  options?: CallOptions,
): Promise<TaobaoTbkDgOptimusMaterialResponse> {
  return client.call<TaobaoTbkDgOptimusMaterialResponse>(
    {
      method: 'taobao.tbk.dg.optimus.material',
      responseRoot: 'tbk_dg_optimus_material_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
