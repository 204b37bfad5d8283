// Generated from specs/btrip/alitrip.btrip.corpop.user.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.corpop.user.sync` (外部人员同步). */
export interface AlitripBtripCorpopUserSyncRequest {
  /** 人员同步请求 */
  rq: AlitripBtripCorpopUserSyncBtripUserSyncRqInput;
}

/** Response of `alitrip.btrip.corpop.user.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCorpopUserSyncResponse {
  /** 错误信息 */
  result_msg?: string;
  /** 错误码 */
  result_code?: Int64;
  /** 成功标示 */
  success_flag?: boolean;
  /** 返回错误用户信息 */
  module?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripUserSyncRq` of `alitrip.btrip.corpop.user.sync`. */
export interface AlitripBtripCorpopUserSyncBtripUserSyncRqInput {
  /** 人员列表，最大长度5000 */
  user_list: AlitripBtripCorpopUserSyncUserSyncRqInput[];
  /** 第三方企业ID */
  corp_id: string;
}

/** `UserSyncRq` of `alitrip.btrip.corpop.user.sync`. */
export interface AlitripBtripCorpopUserSyncUserSyncRqInput {
  /** 邮箱 */
  email?: string;
  /** 手机号（除政府企业、特殊企业外，均为必填;如有特殊需求，请先联系商旅） */
  phone?: string;
  /** 商旅部门ID */
  depart_id?: Int64Input;
  /** 是否离职（0 否 1是） */
  leave_status?: Int64Input;
  /** 职级 */
  position_level?: string;
  /** 职位 */
  position?: string;
  /** 英文姓名请用"/"分隔，中间不能含有空格。顺序：姓/名(last_name/first_name)) */
  real_name_en?: string;
  /** 姓名 */
  user_name: string;
  /** 第三方人员ID */
  user_id: string;
  /** 工号 */
  job_no?: string;
  /** 第三方部门ID */
  third_depart_id?: string;
  /** 部门列表，depart_id | third_depart_id | third_depart_id_list只传其一，优先级为third_depart_id_list > third_depart_id > depart_id */
  third_depart_id_list?: string[];
  /** 直属主管id */
  manager_user_id?: string;
}

const REQUEST_SCHEMA = {
  rq: {
    user_list: [
      {
        email: 'String',
        phone: 'String',
        depart_id: 'Number',
        leave_status: 'Number',
        position_level: 'String',
        position: 'String',
        real_name_en: 'String',
        user_name: 'String',
        user_id: 'String',
        job_no: 'String',
        third_depart_id: 'String',
        third_depart_id_list: ['String'],
        manager_user_id: 'String',
      },
    ],
    corp_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_msg: 'String',
  result_code: 'Number',
  success_flag: 'Boolean',
  module: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.corpop.user.sync`: method, response root, request and response schemas. */
export const alitripBtripCorpopUserSyncOperation = {
  method: 'alitrip.btrip.corpop.user.sync',
  responseRoot: 'alitrip_btrip_corpop_user_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外部人员同步 — calls TOP method `alitrip.btrip.corpop.user.sync`.
 *
 * 同步外部平台用户信息至商旅内部
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCorpopUserSync(
  client: TopClient,
  request: AlitripBtripCorpopUserSyncRequest,
  options?: CallOptions,
): Promise<AlitripBtripCorpopUserSyncResponse> {
  return client.call<AlitripBtripCorpopUserSyncResponse>(
    {
      method: 'alitrip.btrip.corpop.user.sync',
      responseRoot: 'alitrip_btrip_corpop_user_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
