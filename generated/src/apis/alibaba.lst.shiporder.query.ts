// Generated from specs/lstlogistics/alibaba.lst.shiporder.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.shiporder.query` (零售通发货单查询). */
export interface AlibabaLstShiporderQueryRequest {
  /** 零售通 */
  source?: string;
  /** 订单 */
  out_order_id: string;
}

/** Response of `alibaba.lst.shiporder.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstShiporderQueryResponse {
  /** result */
  result?: AlibabaLstShiporderQueryBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResult` of `alibaba.lst.shiporder.query`. */
export interface AlibabaLstShiporderQueryBaseResult {
  /** 错误信息 */
  error_message?: string;
  /** 发货单信息 */
  model?: AlibabaLstShiporderQueryLstThirdPartMainShipOrderDto;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
}

/** `LstThirdPartMainShipOrderDto` of `alibaba.lst.shiporder.query`. */
export interface AlibabaLstShiporderQueryLstThirdPartMainShipOrderDto {
  /** 货品列表 */
  details?: AlibabaLstShiporderQueryLstThirdPartDetailShipOrderDto[];
  /** 签收时间 */
  sign_time?: string;
  /** 订单 */
  biz_order_id?: Int64;
  /** 发货单状态：NEW --->新建，LOAD_WAIT--->待装车，LOAD_SUCCESS--->已装车，SIGN_SUCCESS--->签收，SIGN_PART_SUCCESS--->部分签收，SIGN_FAILED--->拒签，CANCEL--->取消 */
  status?: string;
  /** 外部订单ID */
  out_order_id?: string;
  /** 发货单更新时间 */
  gmt_modified?: string;
  /** 发货单生成时间 */
  gmt_create?: string;
  /** 发货单ID */
  id?: Int64;
  /** 装车时间 */
  load_time?: string;
}

/** `LstThirdPartDetailShipOrderDto` of `alibaba.lst.shiporder.query`. */
export interface AlibabaLstShiporderQueryLstThirdPartDetailShipOrderDto {
  /** 销售数量 */
  sale_quantity?: Int64;
  /** 销售单位 */
  sku_unit?: string;
  /** 规格 */
  sku_spec?: string;
  /** 条码 */
  sku_code?: string;
  /** 商品名称 */
  sku_name?: string;
  /** 装车数量 */
  load_quantity?: Int64;
  /** 签收数量 */
  sign_quantity?: Int64;
  /** 明细订单ID */
  detail_order_id?: string;
  /** 子发货单状态 */
  status?: string;
}

const REQUEST_SCHEMA = {
  source: 'String',
  out_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    model: {
      details: [
        {
          sale_quantity: 'Number',
          sku_unit: 'String',
          sku_spec: 'String',
          sku_code: 'String',
          sku_name: 'String',
          load_quantity: 'Number',
          sign_quantity: 'Number',
          detail_order_id: 'String',
          status: 'String',
        },
      ],
      sign_time: 'Date',
      biz_order_id: 'Number',
      status: 'String',
      out_order_id: 'String',
      gmt_modified: 'Date',
      gmt_create: 'Date',
      id: 'Number',
      load_time: 'Date',
    },
    success: 'Boolean',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.shiporder.query`: method, response root, request and response schemas. */
export const alibabaLstShiporderQueryOperation = {
  method: 'alibaba.lst.shiporder.query',
  responseRoot: 'alibaba_lst_shiporder_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 零售通发货单查询 — calls TOP method `alibaba.lst.shiporder.query`.
 *
 * 通过该接口可以查询零售通运保保发货单，并处理相关业务流程。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstShiporderQuery(
  client: TopClient,
  request: AlibabaLstShiporderQueryRequest,
  options?: CallOptions,
): Promise<AlibabaLstShiporderQueryResponse> {
  return client.call<AlibabaLstShiporderQueryResponse>(
    {
      method: 'alibaba.lst.shiporder.query',
      responseRoot: 'alibaba_lst_shiporder_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
