// Generated from specs/trade/taobao.koubei.tribe.open.order.page.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.koubei.tribe.open.order.page` (口碑综合体订单列表信息查询). */
export interface TaobaoKoubeiTribeOpenOrderPageRequest {
  /** 用户openId */
  open_id: string;
  /** 订单状态；ALL（全部），WAIT_PAY（代付款），WAIT_CONSUME（代消费） */
  order_status: string;
  /** 起始页 */
  page_no: Int64Input;
  /** 每页大小 */
  page_size: Int64Input;
  /** 数据集Id */
  data_set_id: string;
}

/** Response of `taobao.koubei.tribe.open.order.page`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoKoubeiTribeOpenOrderPageResponse {
  /** 接口返回model */
  result?: TaobaoKoubeiTribeOpenOrderPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.koubei.tribe.open.order.page`. */
export interface TaobaoKoubeiTribeOpenOrderPageResult {
  /** request唯一ID */
  trace_id?: string;
  /** 订单信息结果 */
  data?: TaobaoKoubeiTribeOpenOrderPageOrderInfoResultDto;
  /** 是否成功 */
  success?: boolean;
  /** 错误提示 */
  error?: string;
}

/** `OrderInfoResultDto` of `taobao.koubei.tribe.open.order.page`. */
export interface TaobaoKoubeiTribeOpenOrderPageOrderInfoResultDto {
  /** 当前页 */
  cur_page_no?: Int64;
  /** 是否下一页 */
  has_next_page?: boolean;
  /** 每页大小 */
  page_size?: Int64;
  /** 订单信息list */
  order_info_list?: TaobaoKoubeiTribeOpenOrderPageOrderInfoDto[];
}

/** `OrderInfoDto` of `taobao.koubei.tribe.open.order.page`. */
export interface TaobaoKoubeiTribeOpenOrderPageOrderInfoDto {
  /** 订单状态描述 */
  order_status_desc?: string;
  /** 店铺名称 */
  shop_name?: string;
  /** 店铺url */
  shop_url?: string;
  /** 订单标题 */
  title?: string;
  /** 订单总数 */
  total_count?: string;
  /** 订单总数说明 */
  total_count_desc?: string;
  /** 支付金额 */
  pay_amount?: string;
  /** 商品摘要 */
  item_digests?: TaobaoKoubeiTribeOpenOrderPageItemDigestDto[];
  /** 订单详情url */
  order_detail_url?: string;
  /** 支付金额描述 */
  pay_info?: string;
}

/** `ItemDigestDto` of `taobao.koubei.tribe.open.order.page`. */
export interface TaobaoKoubeiTribeOpenOrderPageItemDigestDto {
  /** 图片url */
  img_url?: string;
  /** 商品名称 */
  item_name?: string;
  /** 商品数量 */
  item_quantity?: string;
  /** 商品金额 */
  item_price?: string;
  /** 商品订单状态描述 */
  item_order_status_desc?: string;
}

const REQUEST_SCHEMA = {
  open_id: 'String',
  order_status: 'String',
  page_no: 'Number',
  page_size: 'Number',
  data_set_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    data: {
      cur_page_no: 'Number',
      has_next_page: 'Boolean',
      page_size: 'Number',
      order_info_list: [
        {
          order_status_desc: 'String',
          shop_name: 'String',
          shop_url: 'String',
          title: 'String',
          total_count: 'String',
          total_count_desc: 'String',
          pay_amount: 'String',
          item_digests: [
            {
              img_url: 'String',
              item_name: 'String',
              item_quantity: 'String',
              item_price: 'String',
              item_order_status_desc: 'String',
            },
          ],
          order_detail_url: 'String',
          pay_info: 'String',
        },
      ],
    },
    success: 'Boolean',
    error: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.koubei.tribe.open.order.page`: method, response root, request and response schemas. */
export const taobaoKoubeiTribeOpenOrderPageOperation = {
  method: 'taobao.koubei.tribe.open.order.page',
  responseRoot: 'koubei_tribe_open_order_page_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 口碑综合体订单列表信息查询 — calls TOP method `taobao.koubei.tribe.open.order.page`.
 *
 * 查询口碑商圈用户的订单列表信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoKoubeiTribeOpenOrderPage(
  client: TopClient,
  request: TaobaoKoubeiTribeOpenOrderPageRequest,
  options?: CallOptions,
): Promise<TaobaoKoubeiTribeOpenOrderPageResponse> {
  return client.call<TaobaoKoubeiTribeOpenOrderPageResponse>(
    {
      method: 'taobao.koubei.tribe.open.order.page',
      responseRoot: 'koubei_tribe_open_order_page_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
