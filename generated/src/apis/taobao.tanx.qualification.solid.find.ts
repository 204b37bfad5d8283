// Generated from specs/tanx/taobao.tanx.qualification.solid.find.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tanx.qualification.solid.find` (客户固态共享资质). */
export interface TaobaoTanxQualificationSolidFindRequest {
  /** 广告主id */
  advertiser_id: Int64Input;
  /**
   * 资质元素id列表
   *
   * Max list size: 20
   */
  element_ids?: Int64Input[];
  /** dsp用户id */
  member_id: Int64Input;
  /** dsp客户验证token */
  token: string;
  /** 1970年到现在的秒 */
  sign_time: Int64Input;
  /** 查询起始页 */
  page: Int64Input;
  /** 分页大小 */
  page_size: Int64Input;
}

/** Response of `taobao.tanx.qualification.solid.find`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTanxQualificationSolidFindResponse {
  /** 调用是否成功 */
  is_success?: boolean;
  /** 返回固化资质列表 */
  qualification_list?: TaobaoTanxQualificationSolidFindQualificationDto[];
  /** 返回查询总数 */
  count?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QualificationDto` of `taobao.tanx.qualification.solid.find`. */
export interface TaobaoTanxQualificationSolidFindQualificationDto {
  /** 资质名称 */
  name?: string;
  /** 用户id */
  user_id?: Int64;
  /** 旺旺或者dsp广告主名称 */
  user_name?: string;
  /** 广告主类别（0-淘宝，1-天猫，2-dsp公司，3-dsp个人） */
  user_type?: Int64;
  /** 资质模板元素id */
  element_id?: Int64;
  /** 资质生效时间 */
  start_time?: string;
  /** 资质失效时间 */
  end_time?: string;
  /** 用户附加内容 */
  supplement?: string;
}

const REQUEST_SCHEMA = {
  advertiser_id: 'Number',
  element_ids: ['Number'],
  member_id: 'Number',
  token: 'String',
  sign_time: 'Number',
  page: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  qualification_list: [
    {
      name: 'String',
      user_id: 'Number',
      user_name: 'String',
      user_type: 'Number',
      element_id: 'Number',
      start_time: 'Date',
      end_time: 'Date',
      supplement: 'String',
    },
  ],
  count: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tanx.qualification.solid.find`: method, response root, request and response schemas. */
export const taobaoTanxQualificationSolidFindOperation = {
  method: 'taobao.tanx.qualification.solid.find',
  responseRoot: 'tanx_qualification_solid_find_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 客户固态共享资质 — calls TOP method `taobao.tanx.qualification.solid.find`.
 *
 * 接口会返回该广告主下的所有审核通过并且可被共享的资质，这些资质在过期之前可以不需要再次上传。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTanxQualificationSolidFind(
  client: TopClient,
  request: TaobaoTanxQualificationSolidFindRequest,
  options?: CallOptions,
): Promise<TaobaoTanxQualificationSolidFindResponse> {
  return client.call<TaobaoTanxQualificationSolidFindResponse>(
    {
      method: 'taobao.tanx.qualification.solid.find',
      responseRoot: 'tanx_qualification_solid_find_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
