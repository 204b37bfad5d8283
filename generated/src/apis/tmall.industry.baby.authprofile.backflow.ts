// Generated from specs/customizemarket/tmall.industry.baby.authprofile.backflow.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.industry.baby.authprofile.backflow` (孕校云回流档案). */
export interface TmallIndustryBabyAuthprofileBackflowRequest {
  /** 回流的档案数据 */
  yxy_baby_profile_cmd: TmallIndustryBabyAuthprofileBackflowYxyBabyProfileCmdInput;
}

/** Response of `tmall.industry.baby.authprofile.backflow`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallIndustryBabyAuthprofileBackflowResponse {
  /** 接口调用是否成功 */
  result_status?: boolean;
  /** 错误信息 */
  msg_message?: string;
  /** 错误码 */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `YxyBabyProfileCmd` of `tmall.industry.baby.authprofile.backflow`. */
export interface TmallIndustryBabyAuthprofileBackflowYxyBabyProfileCmdInput {
  /** 出生年月或者预产期 */
  birthday: DateInput;
  /** 性别 */
  gender?: Int64Input;
  /** 授权id */
  profile_id: Int64Input;
  /** 宝贝类型 */
  baby_type: Int64Input;
}

const REQUEST_SCHEMA = {
  yxy_baby_profile_cmd: {
    birthday: 'Date',
    gender: 'Number',
    profile_id: 'Number',
    baby_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_status: 'Boolean',
  msg_message: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.industry.baby.authprofile.backflow`: method, response root, request and response schemas. */
export const tmallIndustryBabyAuthprofileBackflowOperation = {
  method: 'tmall.industry.baby.authprofile.backflow',
  responseRoot: 'tmall_industry_baby_authprofile_backflow_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 孕校云回流档案 — calls TOP method `tmall.industry.baby.authprofile.backflow`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallIndustryBabyAuthprofileBackflow(
  client: TopClient,
  request: TmallIndustryBabyAuthprofileBackflowRequest,
  options?: CallOptions,
): Promise<TmallIndustryBabyAuthprofileBackflowResponse> {
  return client.call<TmallIndustryBabyAuthprofileBackflowResponse>(
    {
      method: 'tmall.industry.baby.authprofile.backflow',
      responseRoot: 'tmall_industry_baby_authprofile_backflow_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
