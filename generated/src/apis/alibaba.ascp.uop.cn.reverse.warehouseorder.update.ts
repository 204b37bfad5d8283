// Generated from specs/ascpchannel/alibaba.ascp.uop.cn.reverse.warehouseorder.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.uop.cn.reverse.warehouseorder.update` (供应链中台逆向入库单修改服务). */
export interface AlibabaAscpUopCnReverseWarehouseorderUpdateRequest {
  /** 逆向入库单号 */
  order_code: string;
  /** 是否已经退款 */
  refunded: boolean;
  /** 退款原因 */
  refund_reason: string;
}

/** Response of `alibaba.ascp.uop.cn.reverse.warehouseorder.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpUopCnReverseWarehouseorderUpdateResponse {
  /** 返回值包装,result为返回具体消息内容 */
  update_reverse_warehouse_order_response?: AlibabaAscpUopCnReverseWarehouseorderUpdateResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultWrapper` of `alibaba.ascp.uop.cn.reverse.warehouseorder.update`. */
export interface AlibabaAscpUopCnReverseWarehouseorderUpdateResultWrapper {
  /** 返回是否成功 */
  success?: boolean;
  /** 系统自动生成 */
  error_message?: string;
  /** 系统自动生成 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  order_code: 'String',
  refunded: 'Boolean',
  refund_reason: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  update_reverse_warehouse_order_response: {
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.uop.cn.reverse.warehouseorder.update`: method, response root, request and response schemas. */
export const alibabaAscpUopCnReverseWarehouseorderUpdateOperation = {
  method: 'alibaba.ascp.uop.cn.reverse.warehouseorder.update',
  responseRoot: 'alibaba_ascp_uop_cn_reverse_warehouseorder_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应链中台逆向入库单修改服务 — calls TOP method `alibaba.ascp.uop.cn.reverse.warehouseorder.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpUopCnReverseWarehouseorderUpdate(
  client: TopClient,
  request: AlibabaAscpUopCnReverseWarehouseorderUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaAscpUopCnReverseWarehouseorderUpdateResponse> {
  return client.call<AlibabaAscpUopCnReverseWarehouseorderUpdateResponse>(
    {
      method: 'alibaba.ascp.uop.cn.reverse.warehouseorder.update',
      responseRoot: 'alibaba_ascp_uop_cn_reverse_warehouseorder_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
