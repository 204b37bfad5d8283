// Generated from specs/guoguo/cainiao.guoguo.backup.graborder.submitmailno.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.guoguo.backup.graborder.submitmailno` (兜底派送订单的运单号回传接口). */
export interface CainiaoGuoguoBackupGraborderSubmitmailnoRequest {
  /** 菜鸟物流订单号 */
  orderCode: string;
  /** 运单号 */
  mailNo: string;
}

/** Response of `cainiao.guoguo.backup.graborder.submitmailno`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoGuoguoBackupGraborderSubmitmailnoResponse {
  /** 返回result对象 */
  result?: CainiaoGuoguoBackupGraborderSubmitmailnoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `cainiao.guoguo.backup.graborder.submitmailno`. */
export interface CainiaoGuoguoBackupGraborderSubmitmailnoResult {
  /** 数据对象 */
  data?: CainiaoGuoguoBackupGraborderSubmitmailnoBackupOrderDo;
  /** 1 */
  status_code?: string;
  /** 返回的状态描述 */
  status_message?: string;
  /** 成功 */
  success?: boolean;
}

/** `BackupOrderDo` of `cainiao.guoguo.backup.graborder.submitmailno`. */
export interface CainiaoGuoguoBackupGraborderSubmitmailnoBackupOrderDo {
  /** 返回成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  orderCode: 'String',
  mailNo: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      success: 'Boolean',
    },
    status_code: 'String',
    status_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.guoguo.backup.graborder.submitmailno`: method, response root, request and response schemas. */
export const cainiaoGuoguoBackupGraborderSubmitmailnoOperation = {
  method: 'cainiao.guoguo.backup.graborder.submitmailno',
  responseRoot: 'cainiao_guoguo_backup_graborder_submitmailno_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 兜底派送订单的运单号回传接口 — calls TOP method `cainiao.guoguo.backup.graborder.submitmailno`.
 *
 * 快递公司回传订单号和运单号给菜鸟裹裹
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoGuoguoBackupGraborderSubmitmailno(
  client: TopClient,
  request: CainiaoGuoguoBackupGraborderSubmitmailnoRequest,
  options?: CallOptions,
): Promise<CainiaoGuoguoBackupGraborderSubmitmailnoResponse> {
  return client.call<CainiaoGuoguoBackupGraborderSubmitmailnoResponse>(
    {
      method: 'cainiao.guoguo.backup.graborder.submitmailno',
      responseRoot: 'cainiao_guoguo_backup_graborder_submitmailno_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
