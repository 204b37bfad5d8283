// Generated from specs/tbk/taobao.tbk.sc.material.optional.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.sc.material.optional` (淘宝客-服务商-物料搜索). */
export interface TaobaoTbkScMaterialOptionalRequest {
  /** 商品筛选(特定媒体支持)-店铺dsr评分。筛选大于等于当前设置的店铺dsr评分的商品0-50000之间 */
  start_dsr?: Int64Input;
  /** 页大小，默认20，1~100 */
  page_size?: Int64Input;
  /** 第几页，默认：１ */
  page_no?: Int64Input;
  /** 链接形式-1：PC，2：无线，默认为１ */
  platform?: Int64Input;
  /** 商品筛选-淘客佣金比率上限。如：1234表示12.34% */
  end_tk_rate?: Int64Input;
  /** 商品筛选-淘客佣金比率下限。如：1234表示12.34% */
  start_tk_rate?: Int64Input;
  /** 商品筛选-折扣价范围上限。单位：元 */
  end_price?: Int64Input;
  /** 商品筛选-折扣价范围上限。单位：元 */
  start_price?: Int64Input;
  /** 商品筛选-是否海外商品。true表示属于海外商品，false或不设置表示不限 */
  is_overseas?: boolean;
  /** 商品筛选-是否天猫商品。true表示属于天猫商品，false或不设置表示不限 */
  is_tmall?: boolean;
  /** 排序_des（降序），排序_asc（升序），销量（total_sales），淘客佣金比率（tk_rate）， 累计推广量（tk_total_sales），总支出佣金（tk_total_commi），价格（price），匹配分（match） */
  sort?: string;
  /** 商品筛选-所在地 */
  itemloc?: string;
  /** 商品筛选-后台类目ID。用,分割，最大10个，该ID可以通过taobao.itemcats.get接口获取到 */
  cat?: string;
  /** 查询的关键词 */
  q?: string;
  /** mm_xxx_xxx_xxx的第3段数字 */
  adzone_id: Int64Input;
  /** mm_xxx_xxx_xxx的第2段数字 */
  site_id: Int64Input;
  /** 不传时默认物料id=2836。如果直接对消费者投放，可使用官方个性化算法优化的搜索物料id=17004 */
  material_id?: Int64Input;
  /** 优惠券筛选-是否有优惠券。true表示该商品有优惠券，false或不设置表示不限 */
  has_coupon?: boolean;
  /** ip参数影响邮费获取，如果不传或者传入不准确，邮费无法精准提供 */
  ip?: string;
  /** 商品筛选-牛皮癣程度。取值：1不限，2无，3轻微 */
  npx_level?: Int64Input;
  /** 商品筛选(特定媒体支持)-退款率是否低于行业均值。True表示大于等于，false或不设置表示不限 */
  include_rfd_rate?: boolean;
  /** 商品筛选(特定媒体支持)-好评率是否高于行业均值。True表示大于等于，false或不设置表示不限 */
  include_good_rate?: boolean;
  /** 商品筛选(特定媒体支持)-成交转化是否高于行业均值。True表示大于等于，false或不设置表示不限 */
  include_pay_rate_30?: boolean;
  /** 商品筛选-是否加入消费者保障。true表示加入，false或不设置表示不限 */
  need_prepay?: boolean;
  /** 商品筛选-是否包邮。true表示包邮，false或不设置表示不限 */
  need_free_shipment?: boolean;
  /** 商品筛选-KA媒体淘客佣金率上限。如：1234表示12.34% */
  end_ka_tk_rate?: Int64Input;
  /** 商品筛选-KA媒体淘客佣金率下限。如：1234表示12.34% */
  start_ka_tk_rate?: Int64Input;
  /** 智能匹配-设备号加密后的值（MD5加密需32位小写） */
  device_value?: string;
  /** 智能匹配-设备号加密类型：MD5 */
  device_encrypt?: string;
  /** 智能匹配-设备号类型：IMEI，或者IDFA，或者UTDID（UTDID不支持MD5加密），或者OAID */
  device_type?: string;
  /** 商品筛选-锁佣结束时间 */
  lock_rate_end_time?: Int64Input;
  /** 商品筛选-锁佣开始时间 */
  lock_rate_start_time?: Int64Input;
  /** 商家筛选-商家id，仅支持饿了么卡券商家id，支持批量请求1-100以内，多个商家id使用英文逗号分隔 */
  seller_ids?: string;
  /** 本地化入参-LBS信息-国标城市码，仅支持单个请求，请求饿了么卡券物料时，该字段必填。 （详细城市ID见：https://mo.m.taobao.com/page_2020010315120200508） */
  city_code?: string;
  /** 本地化入参-LBS信息-纬度 */
  latitude?: string;
  /** 本地化入参-LBS信息-经度 */
  longitude?: string;
  /** 渠道关系ID，仅适用于渠道推广场景 */
  relation_id?: string;
  /** 会员运营ID，仅适用于会员运营场景 */
  special_id?: string;
  /** 本地化业务入参-分页唯一标识，非首页的请求必传，值为上一页返回结果中的page_result_key字段值 */
  page_result_key?: string;
  /** 人群ID，仅适用于物料评估场景material_id=41377 */
  ucrowd_id?: Int64Input;
  /**
   * 物料评估-商品列表
   *
   * Max list size: 1000
   */
  ucrowd_rank_items?: TaobaoTbkScMaterialOptionalUcrowdrankitemsInput[];
  /** 是否获取前N件佣金信息，0否，1是，其他值否 */
  get_topn_rate?: Int64Input;
  /** 1-动态ID转链场景，2-消费者比价场景（不填默认为1） */
  biz_scene_id?: string;
  /** 1-自购省，2-推广赚（代理模式专属ID，代理模式必填，非代理模式不用填写该字段） */
  promotion_type?: string;
}

/** Response of `taobao.tbk.sc.material.optional`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkScMaterialOptionalResponse {
  /** 搜索到符合条件的结果总数 */
  total_results?: Int64;
  /** resultList */
  result_list?: TaobaoTbkScMaterialOptionalMapData[];
  /** 本地化-lbs唯一分页标示，请在翻页时作为入参透传 */
  page_result_key?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Ucrowdrankitems` of `taobao.tbk.sc.material.optional`. */
export interface TaobaoTbkScMaterialOptionalUcrowdrankitemsInput {
  /** 物料评估-商品ID，material_id=41377时必填 */
  item_id?: string;
  /** 物料评估-商品佣金率，如：1234表示12.34%，material_id=41377时选填 */
  commirate?: Int64Input;
  /** 物料评估-商品价格，单位：元，material_id=41377时选填 */
  price?: string;
}

/** `MapData` of `taobao.tbk.sc.material.optional`. */
export interface TaobaoTbkScMaterialOptionalMapData {
  /** 优惠券信息-优惠券开始时间 */
  coupon_start_time?: string;
  /** 优惠券信息-优惠券开始时间 */
  coupon_end_time?: string;
  /** 商品信息-是否包含定向计划 */
  info_dxjh?: string;
  /** 商品信息-淘客30天推广量 */
  tk_total_sales?: string;
  /** 商品信息-月支出佣金(该字段废弃，请勿再用) */
  tk_total_commi?: string;
  /** 优惠券信息-优惠券id */
  coupon_id?: string;
  /** 商品信息-宝贝id(该字段废弃，请勿再用) */
  num_iid?: string;
  /** 商品信息-商品标题 */
  title?: string;
  /** 商品信息-商品主图 */
  pict_url?: string;
  /** 商品信息-商品小图列表 */
  small_images?: string[];
  /** 商品信息-一口价通常显示为划线价 */
  reserve_price?: string;
  /** 商品信息-在线售卖价(元)。若属于预售商品，付定金时间内，在线售卖价=预售价 */
  zk_final_price?: string;
  /** 店铺信息-卖家类型。0表示集市，1表示天猫 */
  user_type?: Int64;
  /** 商品信息-宝贝所在地 */
  provcity?: string;
  /** 商品信息-商品地址 */
  item_url?: string;
  /** 商品信息-是否包含营销计划 */
  include_mkt?: string;
  /** 商品信息-是否包含定向计划 */
  include_dxjh?: string;
  /** 商品信息-佣金比率。1550表示15.5% */
  commission_rate?: string;
  /** 商品信息-30天销量(饿了么卡券信息-总销量） */
  volume?: Int64;
  /** 店铺信息-卖家id */
  seller_id?: Int64;
  /** 店铺信息-店铺名称 */
  shop_title?: string;
  /** 优惠券信息-优惠券总量 */
  coupon_total_count?: Int64;
  /** 优惠券信息-优惠券剩余量 */
  coupon_remain_count?: Int64;
  /** 优惠券信息-优惠券满减信息 */
  coupon_info?: string;
  /** 商品信息-佣金类型。MKT表示营销计划，SP表示定向计划，COMMON表示通用计划 */
  commission_type?: string;
  /** 链接-宝贝推广链接 */
  url?: string;
  /** 链接-宝贝+券二合一页面链接 */
  coupon_share_url?: string;
  /** 店铺信息-店铺dsr评分 */
  shop_dsr?: Int64;
  /** 商品信息-商品白底图 */
  white_image?: string;
  /** 商品信息-商品短标题 */
  short_title?: string;
  /** 商品信息-叶子类目id */
  category_id?: Int64;
  /** 商品信息-叶子类目名称 */
  category_name?: string;
  /** 商品信息-一级类目ID */
  level_one_category_id?: Int64;
  /** 商品信息-一级类目名称 */
  level_one_category_name?: string;
  /** 拼团专用-拼团结束时间 */
  oetime?: string;
  /** 拼团专用-拼团开始时间 */
  ostime?: string;
  /** 拼团专用--拼团几人团 */
  jdd_num?: Int64;
  /** 拼团专用-拼团拼成价，单位元 */
  jdd_price?: string;
  /** 预售专用-预售数量 */
  uv_sum_pre_sale?: Int64;
  /** 优惠券信息-优惠券(元)。若属于预售商品，该优惠券付尾款可用，付定金不可用 */
  coupon_amount?: string;
  /** 优惠券信息-优惠券起用门槛，满X元可用，如：满299元减20元 */
  coupon_start_fee?: string;
  /** 商品信息-宝贝描述(推荐理由,不一定有) */
  item_description?: string;
  /** 店铺信息-卖家昵称 */
  nick?: string;
  /** 链接-物料块id(测试中请勿使用) */
  x_id?: string;
  /** 拼团专用-拼团一人价(原价)，单位元 */
  orig_price?: string;
  /** 拼团专用-拼团库存数量 */
  total_stock?: Int64;
  /** 拼团专用-拼团已售数量 */
  sell_num?: Int64;
  /** 拼团专用-拼团剩余库存 */
  stock?: Int64;
  /** 营销-天猫营销玩法 */
  tmall_play_activity_info?: string;
  /** 商品信息-宝贝id */
  item_id?: string;
  /** 商品信息-商品邮费 */
  real_post_fee?: string;
  /** 商品信息-锁佣开始时间 */
  lock_rate_start_time?: Int64;
  /** 商品信息-锁佣结束时间 */
  lock_rate_end_time?: Int64;
  /** 商品信息-锁住的佣金率 */
  lock_rate?: string;
  /** 预售商品-优惠信息 */
  presale_discount_fee_text?: string;
  /** 预售商品-付尾款结束时间(毫秒) */
  presale_tail_end_time?: Int64;
  /** 预售商品-付尾款开始时间(毫秒) */
  presale_tail_start_time?: Int64;
  /** 预售商品-付定金结束时间(毫秒) */
  presale_end_time?: Int64;
  /** 预售商品-付定金开始时间(毫秒) */
  presale_start_time?: Int64;
  /** 预售商品-定金(元) */
  presale_deposit?: string;
  /** 预售有礼-淘礼金发放时间 */
  ysyl_tlj_send_time?: string;
  /** 预售有礼-推广链接 */
  ysyl_click_url?: string;
  /** 预售有礼-佣金比例(预售有礼活动享受的推广佣金比例，注：推广该活动有特殊分成规则，请详见：https://tbk.bbs.taobao.com/detail.html?appId=45301&postId=9334376 ） */
  ysyl_commission_rate?: string;
  /** 预售有礼-预估淘礼金(元) */
  ysyl_tlj_face?: string;
  /** 预售有礼-淘礼金使用结束时间 */
  ysyl_tlj_use_end_time?: string;
  /** 预售有礼-淘礼金使用开始时间 */
  ysyl_tlj_use_start_time?: string;
  /** 本地化-可用店铺名称 */
  usable_shop_name?: string;
  /** 本地化-可用店铺id */
  usable_shop_id?: string;
  /** 本地化-到门店距离(米) */
  distance?: string;
  /** 本地化-销售开始时间 */
  sale_end_time?: string;
  /** 本地化-销售结束时间 */
  sale_begin_time?: string;
  /** 商品信息-大促活动预热价 */
  sale_price?: string;
  /** 营销-跨店满减信息 */
  kuadian_promotion_info?: string;
  /** 是否品牌精选，0不是，1是 */
  superior_brand?: string;
  /** 比价场景专用，当系统检测到入参消费者ID购买当前商品会获得《天天开彩蛋》玩法的彩蛋时，该字段显示1，否则为0 */
  reward_info?: Int64;
  /** 是否品牌快抢，0不是，1是 */
  is_brand_flash_sale?: string;
  /** 本地化-扩展信息 */
  localization_extend?: string;
  /** 物料评估-收益分 */
  commi_score?: string;
  /** 物料评估-匹配分 */
  match_score?: string;
  /** 是否是热门商品，0不是，1是 */
  hot_flag?: string;
  /** 前N件佣金信息-前N件佣金生效或预热时透出以下字段 */
  topn_info?: TaobaoTbkScMaterialOptionalTopNInfoDTO;
  /** 百亿补贴信息 */
  bybt_info?: TaobaoTbkScMaterialOptionalBybtInfoDTO;
  /** 商品入驻淘特后产生的所有销量量级，不特指某段具体时间 */
  tt_sold_count?: string;
  /** 猫超买返卡信息 */
  maifan_promotion?: TaobaoTbkScMaterialOptionalMaifanPromotionDTO;
  /** 额外奖励活动类型，如果一个商品有多个奖励类型，返回结果使用空格分割，0=预售单单奖励，1=618超级U选单单补 */
  cpa_reward_type?: string;
  /** 额外奖励活动金额，活动奖励金额的类型与cpa_reward_type字段对应，如果一个商品有多个奖励类型，返回结果使用空格分割 */
  cpa_reward_amount?: string;
  /** 合作伙伴单单补ID，用作“年货节超级单单补”活动合作伙伴奖励统计依据 */
  activity_id?: string;
  /** 榜单url */
  rank_page_url?: string;
  /** 定向计划集合 */
  sp_campaign_list?: TaobaoTbkScMaterialOptionalSpCampaign[];
  /** 搜索类型 */
  item_search_type?: string;
}

/** `TopNInfoDTO` of `taobao.tbk.sc.material.optional`. */
export interface TaobaoTbkScMaterialOptionalTopNInfoDTO {
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

/** `BybtInfoDTO` of `taobao.tbk.sc.material.optional`. */
export interface TaobaoTbkScMaterialOptionalBybtInfoDTO {
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

/** `MaifanPromotionDTO` of `taobao.tbk.sc.material.optional`. */
export interface TaobaoTbkScMaterialOptionalMaifanPromotionDTO {
  /** 猫超买返卡活动结束时间 */
  maifan_promotion_end_time?: string;
  /** 猫超买返卡活动开始时间 */
  maifan_promotion_start_time?: string;
  /** 猫超买返卡面额 */
  maifan_promotion_discount?: string;
  /** 猫超买返卡总数，-1代表不限量，其他大于等于0的值为总数 */
  maifan_promotion_condition?: string;
}

/** `SpCampaign` of `taobao.tbk.sc.material.optional`. */
export interface TaobaoTbkScMaterialOptionalSpCampaign {
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
  start_dsr: 'Number',
  page_size: 'Number',
  page_no: 'Number',
  platform: 'Number',
  end_tk_rate: 'Number',
  start_tk_rate: 'Number',
  end_price: 'Number',
  start_price: 'Number',
  is_overseas: 'Boolean',
  is_tmall: 'Boolean',
  sort: 'String',
  itemloc: 'String',
  cat: 'String',
  q: 'String',
  adzone_id: 'Number',
  site_id: 'Number',
  material_id: 'Number',
  has_coupon: 'Boolean',
  ip: 'String',
  npx_level: 'Number',
  include_rfd_rate: 'Boolean',
  include_good_rate: 'Boolean',
  include_pay_rate_30: 'Boolean',
  need_prepay: 'Boolean',
  need_free_shipment: 'Boolean',
  end_ka_tk_rate: 'Number',
  start_ka_tk_rate: 'Number',
  device_value: 'String',
  device_encrypt: 'String',
  device_type: 'String',
  lock_rate_end_time: 'Number',
  lock_rate_start_time: 'Number',
  seller_ids: 'String',
  city_code: 'String',
  latitude: 'String',
  longitude: 'String',
  relation_id: 'String',
  special_id: 'String',
  page_result_key: 'String',
  ucrowd_id: 'Number',
  ucrowd_rank_items: [
    {
      item_id: 'String',
      commirate: 'Number',
      price: 'Price',
    },
  ],
  get_topn_rate: 'Number',
  biz_scene_id: 'String',
  promotion_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  result_list: [
    {
      coupon_start_time: 'String',
      coupon_end_time: 'String',
      info_dxjh: 'String',
      tk_total_sales: 'String',
      tk_total_commi: 'String',
      coupon_id: 'String',
      num_iid: 'String',
      title: 'String',
      pict_url: 'String',
      small_images: ['String'],
      reserve_price: 'String',
      zk_final_price: 'String',
      user_type: 'Number',
      provcity: 'String',
      item_url: 'String',
      include_mkt: 'String',
      include_dxjh: 'String',
      commission_rate: 'String',
      volume: 'Number',
      seller_id: 'Number',
      shop_title: 'String',
      coupon_total_count: 'Number',
      coupon_remain_count: 'Number',
      coupon_info: 'String',
      commission_type: 'String',
      url: 'String',
      coupon_share_url: 'String',
      shop_dsr: 'Number',
      white_image: 'String',
      short_title: 'String',
      category_id: 'Number',
      category_name: 'String',
      level_one_category_id: 'Number',
      level_one_category_name: 'String',
      oetime: 'String',
      ostime: 'String',
      jdd_num: 'Number',
      jdd_price: 'String',
      uv_sum_pre_sale: 'Number',
      coupon_amount: 'String',
      coupon_start_fee: 'String',
      item_description: 'String',
      nick: 'String',
      x_id: 'String',
      orig_price: 'String',
      total_stock: 'Number',
      sell_num: 'Number',
      stock: 'Number',
      tmall_play_activity_info: 'String',
      item_id: 'String',
      real_post_fee: 'String',
      lock_rate_start_time: 'Number',
      lock_rate_end_time: 'Number',
      lock_rate: 'String',
      presale_discount_fee_text: 'String',
      presale_tail_end_time: 'Number',
      presale_tail_start_time: 'Number',
      presale_end_time: 'Number',
      presale_start_time: 'Number',
      presale_deposit: 'String',
      ysyl_tlj_send_time: 'String',
      ysyl_click_url: 'String',
      ysyl_commission_rate: 'String',
      ysyl_tlj_face: 'String',
      ysyl_tlj_use_end_time: 'String',
      ysyl_tlj_use_start_time: 'String',
      usable_shop_name: 'String',
      usable_shop_id: 'String',
      distance: 'String',
      sale_end_time: 'String',
      sale_begin_time: 'String',
      sale_price: 'String',
      kuadian_promotion_info: 'String',
      superior_brand: 'String',
      reward_info: 'Number',
      is_brand_flash_sale: 'String',
      localization_extend: 'String',
      commi_score: 'String',
      match_score: 'String',
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
      rank_page_url: 'String',
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
      item_search_type: 'String',
    },
  ],
  page_result_key: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.sc.material.optional`: method, response root, request and response schemas. */
export const taobaoTbkScMaterialOptionalOperation = {
  method: 'taobao.tbk.sc.material.optional',
  responseRoot: 'tbk_sc_material_optional_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-服务商-物料搜索 — calls TOP method `taobao.tbk.sc.material.optional`.
 *
 * 服务商使用。支持入参推广者对应的“推广位”、关键词和相关筛选条件，获取对应的物料信息和推广者对应的推广链接。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkScMaterialOptional(
  client: TopClient,
  request: TaobaoTbkScMaterialOptionalRequest,
  options?: CallOptions,
): Promise<TaobaoTbkScMaterialOptionalResponse> {
  return client.call<TaobaoTbkScMaterialOptionalResponse>(
    {
      method: 'taobao.tbk.sc.material.optional',
      responseRoot: 'tbk_sc_material_optional_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
