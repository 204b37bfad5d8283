// Generated from specs/btrip/alitrip.btrip.corpop.depart.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.corpop.depart.sync` (外部部门同步). */
export interface AlitripBtripCorpopDepartSyncRequest {
  /** 同步部门请求 */
  rq: AlitripBtripCorpopDepartSyncBtripDepartSyncRqInput;
}

/** Response of `alitrip.btrip.corpop.depart.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCorpopDepartSyncResponse {
  /** 正确 */
  success_flag?: boolean;
  /** 错误信息 */
  result_msg?: string;
  /** 错误码 */
  result_code?: Int64;
  /** 导入失败原因以及导入失败部门信息 */
  module?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripDepartSyncRq` of `alitrip.btrip.corpop.depart.sync`. */
export interface AlitripBtripCorpopDepartSyncBtripDepartSyncRqInput {
  /** 部门列表 */
  depart_list: AlitripBtripCorpopDepartSyncDepartSyncRqInput[];
  /** 第三方企业ID */
  corp_id: string;
}

/** `DepartSyncRq` of `alitrip.btrip.corpop.depart.sync`. */
export interface AlitripBtripCorpopDepartSyncDepartSyncRqInput {
  /** 部门状态，0生效；1失效 */
  status?: Int64Input;
  /** 上一版本第三方部门父部门ID（和third_depart_pid字段只传一个即可） */
  depart_pid?: Int64Input;
  /** 部门名称 */
  depart_name: string;
  /** 上一版本第三方部门ID（和third_depart_id只传一个即可） */
  depart_id?: Int64Input;
  /** 新版本第三方部门ID（和depart_id只传一个即可） */
  third_depart_id?: string;
  /** 新版本第三方部门父ID（和depart_pid只传一个即可） */
  third_depart_pid?: string;
  /** 部门主管id列表，多个主管id之前用'|'分割 */
  manager_ids?: string;
}

const REQUEST_SCHEMA = {
  rq: {
    depart_list: [
      {
        status: 'Number',
        depart_pid: 'Number',
        depart_name: 'String',
        depart_id: 'Number',
        third_depart_id: 'String',
        third_depart_pid: 'String',
        manager_ids: 'String',
      },
    ],
    corp_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  success_flag: 'Boolean',
  result_msg: 'String',
  result_code: 'Number',
  module: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.corpop.depart.sync`: method, response root, request and response schemas. */
export const alitripBtripCorpopDepartSyncOperation = {
  method: 'alitrip.btrip.corpop.depart.sync',
  responseRoot: 'alitrip_btrip_corpop_depart_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外部部门同步 — calls TOP method `alitrip.btrip.corpop.depart.sync`.
 *
 * 同步外部平台部门信息至商旅内部
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCorpopDepartSync(
  client: TopClient,
  request: AlitripBtripCorpopDepartSyncRequest,
  options?: CallOptions,
): Promise<AlitripBtripCorpopDepartSyncResponse> {
  return client.call<AlitripBtripCorpopDepartSyncResponse>(
    {
      method: 'alitrip.btrip.corpop.depart.sync',
      responseRoot: 'alitrip_btrip_corpop_depart_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
