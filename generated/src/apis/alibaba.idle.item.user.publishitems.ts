// Generated from specs/idleisv/alibaba.idle.item.user.publishitems.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.item.user.publishitems` (发布的商品列表). */
export interface AlibabaIdleItemUserPublishitemsRequest {
  /** 查询参数 */
  param_item_page_query?: AlibabaIdleItemUserPublishitemsItemPageQueryInput;
}

/** Response of `alibaba.idle.item.user.publishitems`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleItemUserPublishitemsResponse {
  /** 查询结果 */
  result?: AlibabaIdleItemUserPublishitemsTopPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPageQuery` of `alibaba.idle.item.user.publishitems`. */
export interface AlibabaIdleItemUserPublishitemsItemPageQueryInput {
  /** 类目集 */
  category_ids?: Int64Input[];
  /** 页号 */
  page_no?: Int64Input;
  /** 页大小 */
  page_size?: Int64Input;
  /** 商品状态 0:在线 1售出 */
  status?: string[];
}

/** `TopPageResult` of `alibaba.idle.item.user.publishitems`. */
export interface AlibabaIdleItemUserPublishitemsTopPageResult {
  /** 商品列表 */
  item_list?: AlibabaIdleItemUserPublishitemsIdleItemApiDo[];
  /** 错误码 */
  err_code?: string;
  /** 错误描述 */
  err_msg?: string;
  /** 是否有下一页 */
  next_page?: boolean;
  /** 是否成功 */
  success?: boolean;
  /** 总结果数 */
  total?: Int64;
}

/** `IdleItemApiDo` of `alibaba.idle.item.user.publishitems`. */
export interface AlibabaIdleItemUserPublishitemsIdleItemApiDo {
  /** 商品ID */
  item_id?: Int64;
  /** 商品标题 */
  title?: string;
  /** 商品类目 */
  category_id?: string;
  /** 卖家昵称（不唯一且用户可以自己更改） */
  seller_nick?: string;
  /** 渠道类目ID */
  channel_cat_id?: string;
  /** 商品图片 */
  img_urls?: string[];
  /** 商品价格 */
  reserve_price?: string;
  /** 商品类型： b 一口价；a 拍卖 */
  auction_type?: string;
  /** 拍卖业务数据 */
  bid_data?: AlibabaIdleItemUserPublishitemsIdleItemApiBidDo;
  /** 业务模式 0不入仓，1入仓，2 C2C; （经常会新增，具体参见接入文档） */
  item_biz_type?: Int64;
  /** 1 服务商商品业务分类，手机:1, 潮品:2, 家电:3, 乐器:8, 3C数码:9, 奢品:16, 母婴:17, 美妆:18, 文玩/珠宝:19, 潮玩:20, 家居:21 */
  sp_biz_type?: string;
  /** 行政区划Id(城市编码)，最小行政单位code，若是地区级别，则为地区级别的id；否则为城市级别的id(long型，6位) */
  division_id?: Int64;
  /** 商品原价, 单位：元(最大99999999) */
  original_price?: string;
  /** 商品状态，可选值为0（表示上架），-2（表示下架），-1（表示删除），99（其他） */
  status?: Int64;
  /** 商品新旧程度, 值为-1～100的整数，例如100代表全新，95代表95新，-1比较特殊代表准新 */
  stuff_status?: Int64;
  /** 加密的卖家id */
  encryption_seller_id?: string;
  /** 售后服务信息 */
  after_sales_data?: AlibabaIdleItemUserPublishitemsIdleItemApiAfterSalesDo;
  /** 商品直充相关信息 */
  idle_item_api_auto_recharge_do?: AlibabaIdleItemUserPublishitemsIdleItemApiAutoRechargeDO;
}

/** `IdleItemApiBidDo` of `alibaba.idle.item.user.publishitems`. */
export interface AlibabaIdleItemUserPublishitemsIdleItemApiBidDo {
  /** 拍卖商品id(与闲鱼商品id item_id不是同一个) */
  bid_item_id?: Int64;
  /** 拍卖开始时间,毫秒时间戳(精度为分钟) */
  bid_start_time?: Int64;
  /** 拍卖结束时间,毫秒时间戳(精度为分钟) */
  bid_end_time?: Int64;
  /** 当前出价金额, 最高出价, 单位分(起拍价使用reserve_price) */
  current_bid_price?: Int64;
  /** 总出价次数 */
  bid_count?: Int64;
}

/** `IdleItemApiAfterSalesDo` of `alibaba.idle.item.user.publishitems`. */
export interface AlibabaIdleItemUserPublishitemsIdleItemApiAfterSalesDo {
  /** 是否支持七天无理由 */
  support_sdr_policy?: boolean;
  /** 是否支持描述不符包邮退 */
  support_nfr_policy?: boolean;
  /** 是否支持 虚拟-描述不符包退 */
  support_vnr_policy?: boolean;
  /** 是否支持 极速发货-24小时 */
  support_fd24hs_policy?: boolean;
  /** 是否支持 极速发货-10分钟 */
  support_fd10ms_policy?: boolean;
}

/** `IdleItemApiAutoRechargeDO` of `alibaba.idle.item.user.publishitems`. */
export interface AlibabaIdleItemUserPublishitemsIdleItemApiAutoRechargeDO {
  /** 直充模板code */
  template_code?: string;
  /** 模版的额外参数 */
  template_extra_info?: string;
  /** 当前服务商是否拥有直充编辑权限 */
  owner?: boolean;
}

const REQUEST_SCHEMA = {
  param_item_page_query: {
    category_ids: ['Number'],
    page_no: 'Number',
    page_size: 'Number',
    status: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    item_list: [
      {
        item_id: 'Number',
        title: 'String',
        category_id: 'String',
        seller_nick: 'String',
        channel_cat_id: 'String',
        img_urls: ['String'],
        reserve_price: 'String',
        auction_type: 'String',
        bid_data: {
          bid_item_id: 'Number',
          bid_start_time: 'Number',
          bid_end_time: 'Number',
          current_bid_price: 'Number',
          bid_count: 'Number',
        },
        item_biz_type: 'Number',
        sp_biz_type: 'String',
        division_id: 'Number',
        original_price: 'String',
        status: 'Number',
        stuff_status: 'Number',
        encryption_seller_id: 'String',
        after_sales_data: {
          support_sdr_policy: 'Boolean',
          support_nfr_policy: 'Boolean',
          support_vnr_policy: 'Boolean',
          support_fd24hs_policy: 'Boolean',
          support_fd10ms_policy: 'Boolean',
        },
        idle_item_api_auto_recharge_do: {
          template_code: 'String',
          template_extra_info: 'String',
          owner: 'Boolean',
        },
      },
    ],
    err_code: 'String',
    err_msg: 'String',
    next_page: 'Boolean',
    success: 'Boolean',
    total: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.item.user.publishitems`: method, response root, request and response schemas. */
export const alibabaIdleItemUserPublishitemsOperation = {
  method: 'alibaba.idle.item.user.publishitems',
  responseRoot: 'alibaba_idle_item_user_publishitems_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发布的商品列表 — calls TOP method `alibaba.idle.item.user.publishitems`.
 *
 * 为服务商的卖家提供发布的闲鱼商品列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleItemUserPublishitems(
  client: TopClient,
  request: AlibabaIdleItemUserPublishitemsRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleItemUserPublishitemsResponse> {
  return client.call<AlibabaIdleItemUserPublishitemsResponse>(
    {
      method: 'alibaba.idle.item.user.publishitems',
      responseRoot: 'alibaba_idle_item_user_publishitems_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
