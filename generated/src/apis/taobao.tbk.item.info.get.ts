// Generated from specs/tbk/taobao.tbk.item.info.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.item.info.get` (淘宝客-公用-淘宝客商品详情查询(简版)). */
export interface TaobaoTbkItemInfoGetRequest {
  /** 商品ID串，用,分割，最大40个 */
  num_iids: string;
  /** 链接形式：1：PC，2：无线，默认：１ */
  platform?: Int64Input;
  /** ip地址，影响邮费获取，如果不传或者传入不准确，邮费无法精准提供 */
  ip?: string;
  /** 1-动态ID转链场景，2-消费者比价场景，3-商品库导购场景（不填默认为1） */
  biz_scene_id?: string;
  /** 1-自购省，2-推广赚（代理模式专属ID，代理模式必填，非代理模式不用填写该字段） */
  promotion_type?: string;
  /** 渠道关系ID */
  relation_id?: string;
  /** 商品库服务账户(场景id3权限对应的memberid） */
  manage_item_pub_id?: Int64Input;
}

/** Response of `taobao.tbk.item.info.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkItemInfoGetResponse {
  /** 淘宝客商品 */
  results?: TaobaoTbkItemInfoGetNTbkItem[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NTbkItem` of `taobao.tbk.item.info.get`. */
export interface TaobaoTbkItemInfoGetNTbkItem {
  /** 一级类目名称 */
  cat_name?: string;
  /** 商品ID */
  num_iid?: string;
  /** 商品标题 */
  title?: string;
  /** 商品主图 */
  pict_url?: string;
  /** 商品小图列表 */
  small_images?: string[];
  /** 商品一口价格 */
  reserve_price?: string;
  /** 折扣价（元） 若属于预售商品，付定金时间内，折扣价=预售价 */
  zk_final_price?: string;
  /** 卖家类型，0表示集市，1表示商城，3表示特价版 */
  user_type?: Int64;
  /** 商品所在地 */
  provcity?: string;
  /** 商品链接 */
  item_url?: string;
  /** 卖家id */
  seller_id?: Int64;
  /** 30天销量 */
  volume?: Int64;
  /** 店铺名称 */
  nick?: string;
  /** 叶子类目名称 */
  cat_leaf_name?: string;
  /** 是否加入消费者保障 */
  is_prepay?: boolean;
  /** 店铺dsr 评分 */
  shop_dsr?: Int64;
  /** 卖家等级 */
  ratesum?: Int64;
  /** 退款率是否低于行业均值 */
  i_rfd_rate?: boolean;
  /** 好评率是否高于行业均值 */
  h_good_rate?: boolean;
  /** 成交转化是否高于行业均值 */
  h_pay_rate30?: boolean;
  /** 是否包邮 */
  free_shipment?: boolean;
  /** 商品库类型，支持多库类型输出，以英文逗号分隔“,”分隔，1:营销商品主推库，如果值为空则不属于1这种商品类型 */
  material_lib_type?: string;
  /** 预售商品-商品优惠信息 */
  presale_discount_fee_text?: string;
  /** 预售商品-付定金结束时间（毫秒） */
  presale_tail_end_time?: Int64;
  /** 预售商品-付尾款开始时间（毫秒） */
  presale_tail_start_time?: Int64;
  /** 预售商品-付定金结束时间（毫秒） */
  presale_end_time?: Int64;
  /** 预售商品-付定金开始时间（毫秒） */
  presale_start_time?: Int64;
  /** 预售商品-定金（元） */
  presale_deposit?: string;
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
  /** 聚划算信息-聚淘开始时间（毫秒） */
  ju_online_start_time?: string;
  /** 聚划算信息-聚淘结束时间（毫秒） */
  ju_online_end_time?: string;
  /** 聚划算信息-商品预热开始时间（毫秒） */
  ju_pre_show_start_time?: string;
  /** 聚划算信息-商品预热结束时间（毫秒） */
  ju_pre_show_end_time?: string;
  /** 活动价 */
  sale_price?: string;
  /** 跨店满减信息 */
  kuadian_promotion_info?: string;
  /** 是否品牌精选，0不是，1是 */
  superior_brand?: string;
  /** 是否是热门商品，0不是，1是 */
  hot_flag?: string;
  /** 入参的（新）商品ID */
  input_num_iid?: string;
}

const REQUEST_SCHEMA = {
  num_iids: 'String',
  platform: 'Number',
  ip: 'String',
  biz_scene_id: 'String',
  promotion_type: 'String',
  relation_id: 'String',
  manage_item_pub_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      cat_name: 'String',
      num_iid: 'String',
      title: 'String',
      pict_url: 'String',
      small_images: ['String'],
      reserve_price: 'String',
      zk_final_price: 'String',
      user_type: 'Number',
      provcity: 'String',
      item_url: 'String',
      seller_id: 'Number',
      volume: 'Number',
      nick: 'String',
      cat_leaf_name: 'String',
      is_prepay: 'Boolean',
      shop_dsr: 'Number',
      ratesum: 'Number',
      i_rfd_rate: 'Boolean',
      h_good_rate: 'Boolean',
      h_pay_rate30: 'Boolean',
      free_shipment: 'Boolean',
      material_lib_type: 'String',
      presale_discount_fee_text: 'String',
      presale_tail_end_time: 'Number',
      presale_tail_start_time: 'Number',
      presale_end_time: 'Number',
      presale_start_time: 'Number',
      presale_deposit: 'String',
      ju_play_end_time: 'Number',
      ju_play_start_time: 'Number',
      play_info: 'String',
      tmall_play_activity_end_time: 'Number',
      tmall_play_activity_start_time: 'Number',
      ju_online_start_time: 'String',
      ju_online_end_time: 'String',
      ju_pre_show_start_time: 'String',
      ju_pre_show_end_time: 'String',
      sale_price: 'String',
      kuadian_promotion_info: 'String',
      superior_brand: 'String',
      hot_flag: 'String',
      input_num_iid: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.item.info.get`: method, response root, request and response schemas. */
export const taobaoTbkItemInfoGetOperation = {
  method: 'taobao.tbk.item.info.get',
  responseRoot: 'tbk_item_info_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-公用-淘宝客商品详情查询(简版) — calls TOP method `taobao.tbk.item.info.get`.
 *
 * 淘宝客商品详情查询（简版）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkItemInfoGet(
  client: TopClient,
  request: TaobaoTbkItemInfoGetRequest,
  options?: CallOptions,
): Promise<TaobaoTbkItemInfoGetResponse> {
  return client.call<TaobaoTbkItemInfoGetResponse>(
    {
      method: 'taobao.tbk.item.info.get',
      responseRoot: 'tbk_item_info_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
