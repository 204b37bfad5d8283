// Generated from specs/wdk/alibaba.wdk.ums.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.ums.order.get` (查询店仓作业单据清单 （库存对账辅助）-回流单). */
export interface AlibabaWdkUmsOrderGetRequest {
  /** 查询单据的dto */
  query_erpbill_dto: AlibabaWdkUmsOrderGetQueryErpBillDtoInput;
}

/** Response of `alibaba.wdk.ums.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkUmsOrderGetResponse {
  /** result */
  result?: AlibabaWdkUmsOrderGetUtmsPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryErpBillDto` of `alibaba.wdk.ums.order.get`. */
export interface AlibabaWdkUmsOrderGetQueryErpBillDtoInput {
  /** 单据创建的开始时间点 */
  begin_date: DateInput;
  /** 单据创建的结束时间点 */
  end_date: DateInput;
  /** 第几页 */
  page_no: Int64Input;
  /** 每页条数(最大1024) */
  page_size: Int64Input;
  /** 单据类型 */
  type: Int64Input;
  /** 店仓code，指的是查询对象，对应一个物理店或仓编码 */
  warehouse_code: string;
}

/** `UtmsPageResult` of `alibaba.wdk.ums.order.get`. */
export interface AlibabaWdkUmsOrderGetUtmsPageResult {
  /** code */
  code?: string;
  /** list */
  list?: AlibabaWdkUmsOrderGetErpBillDto[];
  /** msg */
  msg?: string;
  /** success */
  success?: boolean;
  /** totalCount */
  total_count?: Int64;
}

/** `ErpBillDto` of `alibaba.wdk.ums.order.get`. */
export interface AlibabaWdkUmsOrderGetErpBillDto {
  /** orderCode */
  order_code?: string;
  /** status */
  status?: string;
  /** createDate */
  create_date?: string;
  /** warehouseCode */
  warehouse_code?: string;
  /** type */
  type?: Int64;
}

const REQUEST_SCHEMA = {
  query_erpbill_dto: {
    begin_date: 'Date',
    end_date: 'Date',
    page_no: 'Number',
    page_size: 'Number',
    type: 'Number',
    warehouse_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    list: [
      {
        order_code: 'String',
        status: 'String',
        create_date: 'Date',
        warehouse_code: 'String',
        type: 'Number',
      },
    ],
    msg: 'String',
    success: 'Boolean',
    total_count: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.ums.order.get`: method, response root, request and response schemas. */
export const alibabaWdkUmsOrderGetOperation = {
  method: 'alibaba.wdk.ums.order.get',
  responseRoot: 'alibaba_wdk_ums_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询店仓作业单据清单 （库存对账辅助）-回流单 — calls TOP method `alibaba.wdk.ums.order.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkUmsOrderGet(
  client: TopClient,
  request: AlibabaWdkUmsOrderGetRequest,
  options?: CallOptions,
): Promise<AlibabaWdkUmsOrderGetResponse> {
  return client.call<AlibabaWdkUmsOrderGetResponse>(
    {
      method: 'alibaba.wdk.ums.order.get',
      responseRoot: 'alibaba_wdk_ums_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
