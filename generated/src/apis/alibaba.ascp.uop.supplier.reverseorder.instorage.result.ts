// Generated from specs/ascpchannel/alibaba.ascp.uop.supplier.reverseorder.instorage.result.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.uop.supplier.reverseorder.instorage.result` (逆向销退入库单到仓结果回告). */
export interface AlibabaAscpUopSupplierReverseorderInstorageResultRequest {
  /** 消退入库单结果请求 */
  instorage_result_request?: AlibabaAscpUopSupplierReverseorderInstorageResultInstorageresultrequestInput;
}

/** Response of `alibaba.ascp.uop.supplier.reverseorder.instorage.result`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpUopSupplierReverseorderInstorageResultResponse {
  /** 返回值包装,result为返回具体消息内容 */
  instorage_result_response?: AlibabaAscpUopSupplierReverseorderInstorageResultResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Instorageresultrequest` of `alibaba.ascp.uop.supplier.reverseorder.instorage.result`. */
export interface AlibabaAscpUopSupplierReverseorderInstorageResultInstorageresultrequestInput {
  /** 逆向物流单号 */
  lg_order_code: string;
  /** 操作信息 */
  operate_info?: AlibabaAscpUopSupplierReverseorderInstorageResultOperateinfoInput;
  /** 供应商id */
  supplier_id: string;
  /** 入库时间 */
  order_confirm_time?: string;
}

/** `Operateinfo` of `alibaba.ascp.uop.supplier.reverseorder.instorage.result`. */
export interface AlibabaAscpUopSupplierReverseorderInstorageResultOperateinfoInput {
  /** 操作时间Date类型 */
  operate_time?: string;
  /** 操作人 */
  operate_name?: string;
}

/** `ResultWrapper` of `alibaba.ascp.uop.supplier.reverseorder.instorage.result`. */
export interface AlibabaAscpUopSupplierReverseorderInstorageResultResultWrapper {
  /** 系统自动生成 */
  error_message?: string;
  /** 系统自动生成 */
  error_code?: string;
  /** 返回是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  instorage_result_request: {
    lg_order_code: 'String',
    operate_info: {
      operate_time: 'String',
      operate_name: 'String',
    },
    supplier_id: 'String',
    order_confirm_time: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  instorage_result_response: {
    error_message: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.uop.supplier.reverseorder.instorage.result`: method, response root, request and response schemas. */
export const alibabaAscpUopSupplierReverseorderInstorageResultOperation = {
  method: 'alibaba.ascp.uop.supplier.reverseorder.instorage.result',
  responseRoot: 'alibaba_ascp_uop_supplier_reverseorder_instorage_result_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 逆向销退入库单到仓结果回告 — calls TOP method `alibaba.ascp.uop.supplier.reverseorder.instorage.result`.
 *
 * ERP回告销退入库单到仓信息回告
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpUopSupplierReverseorderInstorageResult(
  client: TopClient,
  request: AlibabaAscpUopSupplierReverseorderInstorageResultRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpUopSupplierReverseorderInstorageResultResponse> {
  return client.call<AlibabaAscpUopSupplierReverseorderInstorageResultResponse>(
    {
      method: 'alibaba.ascp.uop.supplier.reverseorder.instorage.result',
      responseRoot: 'alibaba_ascp_uop_supplier_reverseorder_instorage_result_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
