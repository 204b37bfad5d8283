// Generated from specs/tmalltrend/tmall.trend.style.basicinfo.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.trend.style.basicinfo.upload` (3D款式基本信息同步API). */
export interface TmallTrendStyleBasicinfoUploadRequest {
  /**
   * 款式基本信息列表，单次同步最多1000条
   *
   * Max list size: 1000
   */
  style_basic_info_bo_list: TmallTrendStyleBasicinfoUploadStyleBasicInfoBoInput[];
}

/** Response of `tmall.trend.style.basicinfo.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallTrendStyleBasicinfoUploadResponse {
  /** 是否成功 */
  resp_success?: boolean;
  /** 错误码,1001-系统错误，1002-请求参数错误，1003-业务处理错误，1004-数据权限错误 */
  resp_error_code?: Int64;
  /** 款式基本信息同步处理结果描述 */
  value?: string;
  /** 错误信息 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StyleBasicInfoBo` of `tmall.trend.style.basicinfo.upload`. */
export interface TmallTrendStyleBasicinfoUploadStyleBasicInfoBoInput {
  /** 款式同步目的，枚举，INSERT("新增"), UPDATE("更新"), OFFLINE("下线"); */
  sync_purpose: string;
  /** 款式下线原因，枚举，当上面同步目的字段为DELETE时此参数必传，IP_COPYRIGHT("版权原因"), DESIGN_FLAW("设计缺陷"), OTHER("其他原因"); */
  offline_reason?: string;
  /** 版权归属方，集团安全约束，此参数必填 */
  copyright_owner: string;
  /** 款式模型源文件URL */
  model_source_url: string;
  /** 款式编号，业务唯一 */
  style_serial_number: string;
  /** 是否拥有IP版权，true--有，false--无 */
  ip_copyright: boolean;
  /** 图案元素，多个用英文分号分割组成字符串传递 */
  pattern?: string;
  /** 款式名称 */
  style_name: string;
  /** 工艺技法，多个用英文分号分割 */
  craftsmanship?: string;
  /** 主料类别，枚举，KNITTING("针织"), WOVEN("梭织"), WOOLEN("毛织"), NON_WOVEN_FABRIC("牛仔"), LEATHER("皮草") */
  major_material_cate: string;
  /** 风格类型，枚举，YOUNG_LADY_CLOTHING("少淑女装"), JIAN_OU_ZHONG_SHU("简欧中淑"), MATURE_AND_ELEGANT("成熟优雅"), COTTON_LINEN_STYLE("棉麻风"), STREET_FASHION("棉麻风"), GUO_CHAO("国朝"), BUSINESS_CASUAL("商务休闲"), FASHION_FUNCTION("时尚机能"), SPORTS_AND_LEISURE("运动休闲"), OUTDOOR_SPORTS("运动休闲"), JAPANESE_AND_KOREAN_STYLE("日韩风格"), COLLEGE_STYLE("学院风"), CHINESE_STYLE("中国风"), FOLK_CUSTOM("民族风"), BOHEMIA_STYLE("波西米亚"), MIDDLE_EASTERN_STYLE("中东风"), WORKPIECE_STYLE("工装风"); */
  style_type: string;
  /** 款式主图链接 */
  main_pic_source_url: string;
  /** 款式细节图，多个链接地址用英文分号分割，最多10张细节图 */
  detail_pic_source_url: string;
  /** 廓形分类 */
  contour_cate: string;
  /** 辅料 */
  minor_material?: string;
  /** 核心属性项，英文分号分割，最多3个，必须按照给定备选项设置，否则强校验会不通过 */
  key_properties: string;
  /** 款式价格，单位元 */
  price: string;
  /** 授权证明，图片链接，当版权方不是凌迪时 */
  authorize_proof_source_url?: string;
  /** 偏好人群，枚举，LUXURIOUS_CROWED("奢华人群"), FASHION_CROWED("奢华人群"), MAIN_STREAM_FASHION_CROWED("主流时尚者"), QUALITY_PRAGMATIC_CROWED("品质实用者"), SHOPAHOLIC("购物狂"), ECONOMICAL_PRAGMATIC_CROWED("平价实惠者") */
  crowed_type: string;
  /** 装饰细节，多个用英文分号分割 */
  decoration_detail?: string;
  /** 主料成分 */
  major_material_component?: string;
  /** 款式视频地址链接 */
  video_source_url?: string;
  /** 下线操作时说明详细下线原因 */
  offline_reason_detail?: string;
  /** 服装模型信息 */
  clothings?: string;
  /** 人台模型信息 */
  modelling?: string;
  /** 部件模型信息 */
  components?: string;
  /** 面料信息 */
  fabrics?: string;
  /** 图案信息 */
  decals?: string;
  /** 字体图案信息 */
  fonts?: string;
  /** 辅料信息 */
  accessories?: string;
  /** 场景信息 */
  scenes?: string;
  /** 灯光、控制信息 */
  lights?: string;
  /** 版本号 */
  version?: string;
}

const REQUEST_SCHEMA = {
  style_basic_info_bo_list: [
    {
      sync_purpose: 'String',
      offline_reason: 'String',
      copyright_owner: 'String',
      model_source_url: 'String',
      style_serial_number: 'String',
      ip_copyright: 'Boolean',
      pattern: 'String',
      style_name: 'String',
      craftsmanship: 'String',
      major_material_cate: 'String',
      style_type: 'String',
      main_pic_source_url: 'String',
      detail_pic_source_url: 'String',
      contour_cate: 'String',
      minor_material: 'String',
      key_properties: 'String',
      price: 'String',
      authorize_proof_source_url: 'String',
      crowed_type: 'String',
      decoration_detail: 'String',
      major_material_component: 'String',
      video_source_url: 'String',
      offline_reason_detail: 'String',
      clothings: 'String',
      modelling: 'String',
      components: 'String',
      fabrics: 'String',
      decals: 'String',
      fonts: 'String',
      accessories: 'String',
      scenes: 'String',
      lights: 'String',
      version: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_success: 'Boolean',
  resp_error_code: 'Number',
  value: 'String',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.trend.style.basicinfo.upload`: method, response root, request and response schemas. */
export const tmallTrendStyleBasicinfoUploadOperation = {
  method: 'tmall.trend.style.basicinfo.upload',
  responseRoot: 'tmall_trend_style_basicinfo_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 3D款式基本信息同步API — calls TOP method `tmall.trend.style.basicinfo.upload`.
 *
 * 3D款式基本信息同步至天猫趋势中心
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallTrendStyleBasicinfoUpload(
  client: TopClient,
  request: TmallTrendStyleBasicinfoUploadRequest,
  options?: CallOptions,
): Promise<TmallTrendStyleBasicinfoUploadResponse> {
  return client.call<TmallTrendStyleBasicinfoUploadResponse>(
    {
      method: 'tmall.trend.style.basicinfo.upload',
      responseRoot: 'tmall_trend_style_basicinfo_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
