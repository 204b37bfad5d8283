// Generated from specs/lstlogistics/alibaba.lst.logistics.sendinfo.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.logistics.sendinfo.query` (供应商-异云-查询主订单包含的物流单). */
export interface AlibabaLstLogisticsSendinfoQueryRequest {
  /** 入参 */
  query: AlibabaLstLogisticsSendinfoQueryLstLogisticsInfoQueryInput;
}

/** Response of `alibaba.lst.logistics.sendinfo.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstLogisticsSendinfoQueryResponse {
  /** 接口返回model */
  result?: AlibabaLstLogisticsSendinfoQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LstLogisticsInfoQuery` of `alibaba.lst.logistics.sendinfo.query`. */
export interface AlibabaLstLogisticsSendinfoQueryLstLogisticsInfoQueryInput {
  /** 主订单id */
  main_order_id: Int64Input;
}

/** `Result` of `alibaba.lst.logistics.sendinfo.query`. */
export interface AlibabaLstLogisticsSendinfoQueryResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误描述 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** 返回内容 */
  content_list?: AlibabaLstLogisticsSendinfoQueryContent[];
}

/** `Content` of `alibaba.lst.logistics.sendinfo.query`. */
export interface AlibabaLstLogisticsSendinfoQueryContent {
  /** 运单编号 */
  mail_no?: string;
  /** 物流编号 */
  logistics_id?: string;
  /** 物流公司code */
  cp_company_code?: string;
  /** 物流公司name */
  cp_company_name?: string;
  /** 子订单列表 */
  sub_order_id_list?: Int64[];
}

const REQUEST_SCHEMA = {
  query: {
    main_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
    content_list: [
      {
        mail_no: 'String',
        logistics_id: 'String',
        cp_company_code: 'String',
        cp_company_name: 'String',
        sub_order_id_list: ['Number'],
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.logistics.sendinfo.query`: method, response root, request and response schemas. */
export const alibabaLstLogisticsSendinfoQueryOperation = {
  method: 'alibaba.lst.logistics.sendinfo.query',
  responseRoot: 'alibaba_lst_logistics_sendinfo_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商-异云-查询主订单包含的物流单 — calls TOP method `alibaba.lst.logistics.sendinfo.query`.
 *
 * 查询主订单包含的物流单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstLogisticsSendinfoQuery(
  client: TopClient,
  request: AlibabaLstLogisticsSendinfoQueryRequest,
  options?: CallOptions,
): Promise<AlibabaLstLogisticsSendinfoQueryResponse> {
  return client.call<AlibabaLstLogisticsSendinfoQueryResponse>(
    {
      method: 'alibaba.lst.logistics.sendinfo.query',
      responseRoot: 'alibaba_lst_logistics_sendinfo_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
