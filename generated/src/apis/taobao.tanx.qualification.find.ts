// Generated from specs/tanx/taobao.tanx.qualification.find.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tanx.qualification.find` (资质查询接口). */
export interface TaobaoTanxQualificationFindRequest {
  /** dsp客户在tanx的memberId */
  member_id: Int64Input;
  /** dsp客户在tanx签名的token */
  token: string;
  /** 当前时间,从1970年算的毫秒 */
  sign_time: Int64Input;
  /** 分页的第几页，从1开始 */
  page: Int64Input;
  /** 分页大小，限制200 */
  page_size: Int64Input;
  /** 广告主资质查询dto */
  query?: TaobaoTanxQualificationFindQualificationQueryInput;
}

/** Response of `taobao.tanx.qualification.find`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTanxQualificationFindResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** 返回的资质内容dto */
  qualification_list?: TaobaoTanxQualificationFindQualificationDto[];
  /** 查询返回总条数 */
  count?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QualificationQuery` of `taobao.tanx.qualification.find`. */
export interface TaobaoTanxQualificationFindQualificationQueryInput {
  /** 生效时间左区间 */
  start_time_begin?: DateInput;
  /** 排序字段 */
  order_by?: string;
  /** 失效时间左区间 */
  end_time_end?: DateInput;
  /** 生效时间右区间 */
  start_time_end?: DateInput;
  /** 创建时间右区间 */
  create_time_end?: DateInput;
  /** 审核时间左区间 */
  audit_time_begin?: DateInput;
  /** 资质生效状态(该状态值是根据不能在新增资质时设置)-1=已过期，0=待生效，1=生效中，2=即将过期 */
  effective_status?: Int64Input;
  /** 审核时间右区间 */
  audit_time_end?: DateInput;
  /** 失效时间右区间 */
  end_time_begin?: DateInput;
  /** 客户类型 1-淘系，2-非淘系dsp公司，3-非淘系dsp个人 */
  user_type?: Int64Input;
  /** 审核状态 -1=拒绝，0=待审核，1=通过 */
  audit_status?: Int64Input;
  /** 正序还是倒序 1是正,0是倒 */
  asc?: Int64Input;
  /** tanx系统广告主表userId，查询时和user_names选其一 */
  user_ids?: Int64Input[];
  /** 广告主名称，淘系用户为旺旺名称，非淘系客户为营业执照上的名称。查询时和user_ids请只选其一 */
  user_names?: string[];
  /** 创建时间左区间 */
  create_time_begin?: DateInput;
  /** 查询时包含的资质元素id列表 */
  element_ids?: Int64Input[];
  /** 资质元素id */
  ids?: Int64Input[];
}

/** `QualificationDto` of `taobao.tanx.qualification.find`. */
export interface TaobaoTanxQualificationFindQualificationDto {
  /** 通过的url */
  urls?: string[];
  /** 通过的行业 */
  specialindustrys?: string[];
  /** 资质内容id */
  id?: Int64;
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
  /** 资质内容列表 */
  content_list?: string[];
  /** -1=已过期，0=待生效，1=生效中，2=即将过期 */
  effective_status?: Int64;
  /** 资质审核状态 -1=拒绝，0=待审核，1=通过 */
  audit_status?: Int64;
  /** dspid,淘系内部产品也统一成dsp */
  dsp_id?: Int64;
  /** 资质生效时间 */
  start_time?: string;
  /** 资质失效时间 */
  end_time?: string;
  /** 资质创建时间 */
  create_time?: string;
  /** 资质修改时间 */
  update_time?: string;
  /** 资质审核时间 */
  audit_time?: string;
  /** 拒绝原因 */
  reason?: string;
  /** 用户附加内容 */
  supplement?: string;
  /** 排查时间 */
  check_time?: string;
}

const REQUEST_SCHEMA = {
  member_id: 'Number',
  token: 'String',
  sign_time: 'Number',
  page: 'Number',
  page_size: 'Number',
  query: {
    start_time_begin: 'Date',
    order_by: 'String',
    end_time_end: 'Date',
    start_time_end: 'Date',
    create_time_end: 'Date',
    audit_time_begin: 'Date',
    effective_status: 'Number',
    audit_time_end: 'Date',
    end_time_begin: 'Date',
    user_type: 'Number',
    audit_status: 'Number',
    asc: 'Number',
    user_ids: ['Number'],
    user_names: ['String'],
    create_time_begin: 'Date',
    element_ids: ['Number'],
    ids: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  qualification_list: [
    {
      urls: ['String'],
      specialindustrys: ['String'],
      id: 'Number',
      name: 'String',
      user_id: 'Number',
      user_name: 'String',
      user_type: 'Number',
      element_id: 'Number',
      content_list: ['String'],
      effective_status: 'Number',
      audit_status: 'Number',
      dsp_id: 'Number',
      start_time: 'Date',
      end_time: 'Date',
      create_time: 'Date',
      update_time: 'Date',
      audit_time: 'Date',
      reason: 'String',
      supplement: 'String',
      check_time: 'Date',
    },
  ],
  count: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tanx.qualification.find`: method, response root, request and response schemas. */
export const taobaoTanxQualificationFindOperation = {
  method: 'taobao.tanx.qualification.find',
  responseRoot: 'tanx_qualification_find_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 资质查询接口 — calls TOP method `taobao.tanx.qualification.find`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTanxQualificationFind(
  client: TopClient,
  request: TaobaoTanxQualificationFindRequest,
  options?: CallOptions,
): Promise<TaobaoTanxQualificationFindResponse> {
  return client.call<TaobaoTanxQualificationFindResponse>(
    {
      method: 'taobao.tanx.qualification.find',
      responseRoot: 'tanx_qualification_find_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
