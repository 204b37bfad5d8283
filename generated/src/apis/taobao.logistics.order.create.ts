// Generated from specs/tblogistics/taobao.logistics.order.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.order.create` (创建物流订单). */
export interface TaobaoLogisticsOrderCreateRequest {
  /** 运送货物的单价列表(注意：单位为分），用|号隔开 */
  item_values: string;
  /** 运送的货物名称列表，用|号隔开 */
  goods_names: string;
  /** 运送货物的数量列表，用|号隔开 */
  goods_quantities: string;
  /** 发货的物流公司运单号。在logis_type=OFFLINE且is_consign=true时，此项必填。 */
  mail_no?: string;
  /** 卖家旺旺号 */
  seller_wangwang_id: string;
  /**
   * 物流发货类型：1-普通订单
   * 不填为默认类型 1-普通订单
   */
  order_type?: Int64Input;
  /** 发货的物流公司代码，如申通=STO，圆通=YTO。is_consign=true时，此项必填。 */
  logis_company_code?: string;
  /** 订单的交易号码 */
  trade_id?: Int64Input;
  /** 创建订单同时是否进行发货，默认发货。 */
  is_consign?: boolean;
  /** 发货方式,默认为自己联系发货。可选值:ONLINE(在线下单)、OFFLINE(自己联系)。 */
  logis_type?: string;
  /** 运费承担方式。1为买家承担运费，2为卖家承担运费，其他值为错误参数。 */
  shipping?: Int64Input;
}

/** Response of `taobao.logistics.order.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsOrderCreateResponse {
  /** 淘宝物流订单交易号，如返回-1则表示错误。如果在新建订单时传入trade_id,此处会返回此id，如果未传入trade_id，此处会返回淘宝物流分配的交易号码。 */
  trade_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_values: 'String',
  goods_names: 'String',
  goods_quantities: 'String',
  mail_no: 'String',
  seller_wangwang_id: 'String',
  order_type: 'Number',
  logis_company_code: 'String',
  trade_id: 'Number',
  is_consign: 'Boolean',
  logis_type: 'String',
  shipping: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trade_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.order.create`: method, response root, request and response schemas. */
export const taobaoLogisticsOrderCreateOperation = {
  method: 'taobao.logistics.order.create',
  responseRoot: 'logistics_order_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建物流订单 — calls TOP method `taobao.logistics.order.create`.
 *
 * 用户调用该接口可以创建物流订单。目前仅支持手工订单的创建，创建完毕后默认自动使用“自己联系”的方式发货并且初始状态为”已发货“。也可以通过可选参数选择是否发货以及何种方式进行发货。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsOrderCreate(
  client: TopClient,
  request: TaobaoLogisticsOrderCreateRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsOrderCreateResponse> {
  return client.call<TaobaoLogisticsOrderCreateResponse>(
    {
      method: 'taobao.logistics.order.create',
      responseRoot: 'logistics_order_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
