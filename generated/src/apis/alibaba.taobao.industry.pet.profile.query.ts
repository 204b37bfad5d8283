// Generated from specs/customizemarket/alibaba.taobao.industry.pet.profile.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.taobao.industry.pet.profile.query` (用户宠物列表查询). */
export interface AlibabaTaobaoIndustryPetProfileQueryRequest {
  /** 参数 */
  profile_query?: AlibabaTaobaoIndustryPetProfileQueryProfileQueryInput;
}

/** Response of `alibaba.taobao.industry.pet.profile.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTaobaoIndustryPetProfileQueryResponse {
  /** 是否成功 */
  result_status?: boolean;
  /** 参数错误 */
  msg_info?: string;
  /** 501 */
  msg_code?: string;
  /** 数据 */
  object?: AlibabaTaobaoIndustryPetProfileQueryBasePageBean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProfileQuery` of `alibaba.taobao.industry.pet.profile.query`. */
export interface AlibabaTaobaoIndustryPetProfileQueryProfileQueryInput {
  /** 宠物名称 */
  pet_nick?: string;
  /** 每页数量 */
  page_size: Int64Input;
  /** 用户id */
  user_id: Int64Input;
  /** 第几页 */
  page_num: Int64Input;
}

/** `BasePageBean` of `alibaba.taobao.industry.pet.profile.query`. */
export interface AlibabaTaobaoIndustryPetProfileQueryBasePageBean {
  /** 当前页面 */
  current_page?: Int64;
  /** 总行数 */
  total_count?: Int64;
  /** 数据 */
  data?: AlibabaTaobaoIndustryPetProfileQueryPetProfileDTO[];
}

/** `PetProfileDTO` of `alibaba.taobao.industry.pet.profile.query`. */
export interface AlibabaTaobaoIndustryPetProfileQueryPetProfileDTO {
  /** 宠物档案id */
  id?: Int64;
  /** 宠物nick */
  pet_nick?: string;
  /** 宠物种类类型 */
  pet_type?: string;
  /** 宠物种类名 */
  pet_type_name?: string;
  /** 宠物生日，年-月-日 */
  pet_birthday?: string;
  /** 宠物性别：1男 2 女 */
  pet_sex?: Int64;
  /** 是否绝育：0否，1 是 2 未知 */
  pet_nobaby?: Int64;
  /** 宠物头像 */
  pet_image?: string;
  /** 宠物保险照片 */
  pet_pics?: string;
}

const REQUEST_SCHEMA = {
  profile_query: {
    pet_nick: 'String',
    page_size: 'Number',
    user_id: 'Number',
    page_num: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_status: 'Boolean',
  msg_info: 'String',
  msg_code: 'String',
  object: {
    current_page: 'Number',
    total_count: 'Number',
    data: [
      {
        id: 'Number',
        pet_nick: 'String',
        pet_type: 'String',
        pet_type_name: 'String',
        pet_birthday: 'String',
        pet_sex: 'Number',
        pet_nobaby: 'Number',
        pet_image: 'String',
        pet_pics: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.taobao.industry.pet.profile.query`: method, response root, request and response schemas. */
export const alibabaTaobaoIndustryPetProfileQueryOperation = {
  method: 'alibaba.taobao.industry.pet.profile.query',
  responseRoot: 'alibaba_taobao_industry_pet_profile_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户宠物列表查询 — calls TOP method `alibaba.taobao.industry.pet.profile.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTaobaoIndustryPetProfileQuery(
  client: TopClient,
  request: AlibabaTaobaoIndustryPetProfileQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaTaobaoIndustryPetProfileQueryResponse> {
  return client.call<AlibabaTaobaoIndustryPetProfileQueryResponse>(
    {
      method: 'alibaba.taobao.industry.pet.profile.query',
      responseRoot: 'alibaba_taobao_industry_pet_profile_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
