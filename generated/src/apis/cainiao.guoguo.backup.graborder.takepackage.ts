// Generated from specs/guoguo/cainiao.guoguo.backup.graborder.takepackage.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.guoguo.backup.graborder.takepackage` (兜底派送订单的揽件接口). */
export interface CainiaoGuoguoBackupGraborderTakepackageRequest {
  /** 物流订单号 */
  orderCode: string;
  /** 包裹四位码 */
  packageCode: string;
}

/** Response of `cainiao.guoguo.backup.graborder.takepackage`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoGuoguoBackupGraborderTakepackageResponse {
  /** 接口返回model */
  result?: CainiaoGuoguoBackupGraborderTakepackageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `cainiao.guoguo.backup.graborder.takepackage`. */
export interface CainiaoGuoguoBackupGraborderTakepackageResult {
  /** 封装返回的数据 */
  data?: CainiaoGuoguoBackupGraborderTakepackageBackupOrderDo;
  /** 调用状态 */
  status_code?: string;
  /** 调用状态码 */
  status_message?: string;
  /** 接口调用正常 */
  success?: boolean;
}

/** `BackupOrderDo` of `cainiao.guoguo.backup.graborder.takepackage`. */
export interface CainiaoGuoguoBackupGraborderTakepackageBackupOrderDo {
  /** 成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  orderCode: 'String',
  packageCode: 'String',
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

/** Static description of `cainiao.guoguo.backup.graborder.takepackage`: method, response root, request and response schemas. */
export const cainiaoGuoguoBackupGraborderTakepackageOperation = {
  method: 'cainiao.guoguo.backup.graborder.takepackage',
  responseRoot: 'cainiao_guoguo_backup_graborder_takepackage_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 兜底派送订单的揽件接口 — calls TOP method `cainiao.guoguo.backup.graborder.takepackage`.
 *
 * 快递公司回传订单号和四位取件码给菜鸟裹裹
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoGuoguoBackupGraborderTakepackage(
  client: TopClient,
  request: CainiaoGuoguoBackupGraborderTakepackageRequest,
  options?: CallOptions,
): Promise<CainiaoGuoguoBackupGraborderTakepackageResponse> {
  return client.call<CainiaoGuoguoBackupGraborderTakepackageResponse>(
    {
      method: 'cainiao.guoguo.backup.graborder.takepackage',
      responseRoot: 'cainiao_guoguo_backup_graborder_takepackage_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
