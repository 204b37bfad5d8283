// Generated from specs/maitix/alibaba.damai.maitix.project.distribution.querybypage.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.maitix.project.distribution.querybypage` (分销项目分页查询项目列表服务). */
export interface AlibabaDamaiMaitixProjectDistributionQuerybypageRequest {
  /** 入参param */
  param?: AlibabaDamaiMaitixProjectDistributionQuerybypageProjectPageParamInput;
}

/** Response of `alibaba.damai.maitix.project.distribution.querybypage`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMaitixProjectDistributionQuerybypageResponse {
  /** 返回结果 */
  result?: AlibabaDamaiMaitixProjectDistributionQuerybypageOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProjectPageParam` of `alibaba.damai.maitix.project.distribution.querybypage`. */
export interface AlibabaDamaiMaitixProjectDistributionQuerybypageProjectPageParamInput {
  /** 查询页码 */
  page_no: Int64Input;
  /** 每页数据大小，可以稍微大一点 */
  page_size: Int64Input;
}

/** `OpenResult` of `alibaba.damai.maitix.project.distribution.querybypage`. */
export interface AlibabaDamaiMaitixProjectDistributionQuerybypageOpenResult {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 扩展信息 */
  ext_map?: string;
  /** 返回数据对象 */
  model?: AlibabaDamaiMaitixProjectDistributionQuerybypagePage;
  /** 接口返回是否成功 true成功 false失败 */
  success?: boolean;
}

/** `Page` of `alibaba.damai.maitix.project.distribution.querybypage`. */
export interface AlibabaDamaiMaitixProjectDistributionQuerybypagePage {
  /** 当前页码 */
  current_page?: Int64;
  /** 数据对象 */
  data_arr_list?: AlibabaDamaiMaitixProjectDistributionQuerybypageProjectDto[];
  /** 总页数 */
  page_count?: Int64;
  /** 每页大小 */
  page_size?: Int64;
  /** 总项目数 */
  total_count?: Int64;
}

/** `ProjectDto` of `alibaba.damai.maitix.project.distribution.querybypage`. */
export interface AlibabaDamaiMaitixProjectDistributionQuerybypageProjectDto {
  /** 城市信息 */
  city?: AlibabaDamaiMaitixProjectDistributionQuerybypageIdNameDto;
  /** 项目大类编码-废弃,使用项目详情结果的内容 */
  classify_code?: string;
  /** 项目大类名称-废弃,使用项目详情结果的内容 */
  classify_name?: string;
  /** 国家 */
  country?: AlibabaDamaiMaitixProjectDistributionQuerybypageIdNameDto;
  /** 项目介绍，目前该字段废弃 */
  introduce?: string;
  /** 是否有座： 0=无座 1=有座 */
  is_has_seat?: Int64;
  /** 项目海报图片地址，目前该字段废弃 */
  poster_url?: string;
  /** 项目ID */
  project_id?: Int64;
  /** 项目名称 */
  project_name?: string;
  /** 项目状态，0：创建中 10：已创建 20：待销售 30：销售中 40：项目取消 50：项目结束 60:定时开售，一般30之前的状态不会透出给渠道 */
  project_status?: Int64;
  /** 项目类型 0:普通项目-废弃 */
  project_type?: Int64;
  /** 省 */
  province?: AlibabaDamaiMaitixProjectDistributionQuerybypageIdNameDto;
  /** 备注-废弃 */
  remark?: string;
  /** 项目子类编码-废弃,使用项目详情结果的内容 */
  sub_classify_code?: string;
  /** 项目子类名称-废弃,使用项目详情结果的内容 */
  sub_classify_name?: string;
  /** 项目三级分类编码-废弃,使用项目详情结果的内容 */
  third_classify_code?: string;
  /** 项目三级分类名称-废弃,使用项目详情结果的内容 */
  third_classify_name?: string;
  /** 主办方ID */
  trader_ids_arr_list?: Int64[];
  /** 主办方名称 */
  trader_names_arr_list?: string[];
  /** 场馆 */
  venue?: AlibabaDamaiMaitixProjectDistributionQuerybypageVenueDto;
  /** 是否测试项目 0-正式项目 1-测试项目 */
  is_test?: Int64;
}

/** `IdNameDto` of `alibaba.damai.maitix.project.distribution.querybypage`. */
export interface AlibabaDamaiMaitixProjectDistributionQuerybypageIdNameDto {
  /** 城市id */
  id?: Int64;
  /** 城市名称 */
  name?: string;
}

/** `VenueDto` of `alibaba.damai.maitix.project.distribution.querybypage`. */
export interface AlibabaDamaiMaitixProjectDistributionQuerybypageVenueDto {
  /** 场馆id */
  id?: Int64;
  /** 纬度 */
  lat?: string;
  /** 经度 */
  lng?: string;
  /** 场馆名称 */
  name?: string;
  /** 场馆地址 */
  venue_address?: string;
}

const REQUEST_SCHEMA = {
  param: {
    page_no: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    ext_map: 'String',
    model: {
      current_page: 'Number',
      data_arr_list: [
        {
          city: {
            id: 'Number',
            name: 'String',
          },
          classify_code: 'String',
          classify_name: 'String',
          country: {
            id: 'Number',
            name: 'String',
          },
          introduce: 'String',
          is_has_seat: 'Number',
          poster_url: 'String',
          project_id: 'Number',
          project_name: 'String',
          project_status: 'Number',
          project_type: 'Number',
          province: {
            id: 'Number',
            name: 'String',
          },
          remark: 'String',
          sub_classify_code: 'String',
          sub_classify_name: 'String',
          third_classify_code: 'String',
          third_classify_name: 'String',
          trader_ids_arr_list: ['Number'],
          trader_names_arr_list: ['String'],
          venue: {
            id: 'Number',
            lat: 'String',
            lng: 'String',
            name: 'String',
            venue_address: 'String',
          },
          is_test: 'Number',
        },
      ],
      page_count: 'Number',
      page_size: 'Number',
      total_count: 'Number',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.maitix.project.distribution.querybypage`: method, response root, request and response schemas. */
export const alibabaDamaiMaitixProjectDistributionQuerybypageOperation = {
  method: 'alibaba.damai.maitix.project.distribution.querybypage',
  responseRoot: 'alibaba_damai_maitix_project_distribution_querybypage_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分销项目分页查询项目列表服务 — calls TOP method `alibaba.damai.maitix.project.distribution.querybypage`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMaitixProjectDistributionQuerybypage(
  client: TopClient,
  request: AlibabaDamaiMaitixProjectDistributionQuerybypageRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMaitixProjectDistributionQuerybypageResponse> {
  return client.call<AlibabaDamaiMaitixProjectDistributionQuerybypageResponse>(
    {
      method: 'alibaba.damai.maitix.project.distribution.querybypage',
      responseRoot: 'alibaba_damai_maitix_project_distribution_querybypage_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
