// Generated from specs/examination/alibaba.alihealth.examination.hospital.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.hospital.publish` (体检机构对接_门店发布／更新). */
export interface AlibabaAlihealthExaminationHospitalPublishRequest {
  /** 门店简介 */
  detail?: string;
  /** 门店联系电话 */
  tel: string;
  /** 门店所属城市 */
  city_name: string;
  /** 门店城市code（国标） */
  city_code: string;
  /** 操作类型: publish=发布，update=更新 */
  type: string;
  /** 医院等级，三甲、 */
  key_word: string;
  /** “须知”使用下面note_category字段 */
  exam_notice?: string;
  /** 门店位置经度高德 坐标系 */
  point_x: string;
  /** 门店位置纬度高德 坐标系 */
  point_y: string;
  /** 门店地址 */
  address: string;
  /** 工作时间 */
  work_time: string;
  /** 门店名称 */
  hospital_name: string;
  /** 门店code，机构保证唯一 */
  hospital_code: string;
  /** 交通线路，通过\r\n 进行换行 */
  routes?: string;
  /** 门店logo的url地址 500xp*500xp,不超过200kb */
  logo?: string;
  /** 是否支持在线报告。0:不支持;1:支持 */
  online_report?: Int64Input;
  /** 社会统一信用代码 */
  social_credit_code?: string;
  /** 线下报告获取说明（必填） */
  report_way?: string;
  /** 线上体检报告几天出具（如果有电子报告必填） */
  report_way_online?: string;
  /** 环境图片(json字符串数组)，第一张是头图；（传图前先找运营同学要图片规范，2000*1500px,比例4:3，不超过200kb） */
  env_imgs_url?: string;
  /** 参数传编码，各编码含义：T10009:地铁直达;T10023:周末可约;T10027:周六可约;T10028:免费停车;T10029:地铁周边;T10032:VIP区;T10033:停车便捷;T10034:周日可约;T10035:报告邮寄;T10037:就诊绿通;T10038:支持退改;T10039:营养早餐;T10040:绿色通道。如果有新的其它标签，可联系运营添加定义 */
  special_tags_code?: string;
  /** 通知信息 */
  notify?: string;
  /** 不同种类的预约须知； */
  note_category?: string;
  /** 经营模式 0自营模式、1平台模式 */
  mode?: string;
  /** 门店与医院协议 */
  agreement?: string;
  /** 营业执照 */
  business_license?: string;
  /** 医疗经营许可 */
  medical_license?: string;
  /** 类目:1=体检；2=核酸；3=上门；4=健康证；多个类目以逗号分割 */
  category?: string;
}

/** Response of `alibaba.alihealth.examination.hospital.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationHospitalPublishResponse {
  /** result */
  result?: AlibabaAlihealthExaminationHospitalPublishServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.alihealth.examination.hospital.publish`. */
export interface AlibabaAlihealthExaminationHospitalPublishServiceResult {
  /** errMessage */
  err_message?: string;
  /** data */
  data?: string;
  /** errCode */
  err_code?: string;
  /** eagleEyeTraceId */
  eagle_eye_trace_id?: string;
  /** success，true表示成功，false表示失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  detail: 'String',
  tel: 'String',
  city_name: 'String',
  city_code: 'String',
  type: 'String',
  key_word: 'String',
  exam_notice: 'String',
  point_x: 'String',
  point_y: 'String',
  address: 'String',
  work_time: 'String',
  hospital_name: 'String',
  hospital_code: 'String',
  routes: 'String',
  logo: 'String',
  online_report: 'Number',
  social_credit_code: 'String',
  report_way: 'String',
  report_way_online: 'String',
  env_imgs_url: 'String',
  special_tags_code: 'String',
  notify: 'String',
  note_category: 'String',
  mode: 'String',
  agreement: 'String',
  business_license: 'String',
  medical_license: 'String',
  category: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_message: 'String',
    data: 'String',
    err_code: 'String',
    eagle_eye_trace_id: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.examination.hospital.publish`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationHospitalPublishOperation = {
  method: 'alibaba.alihealth.examination.hospital.publish',
  responseRoot: 'alibaba_alihealth_examination_hospital_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 体检机构对接_门店发布／更新 — calls TOP method `alibaba.alihealth.examination.hospital.publish`.
 *
 * 第三方B端有新的门店发布，或者老的门店更新的时候，使用这个接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationHospitalPublish(
  client: TopClient,
  request: AlibabaAlihealthExaminationHospitalPublishRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationHospitalPublishResponse> {
  return client.call<AlibabaAlihealthExaminationHospitalPublishResponse>(
    {
      method: 'alibaba.alihealth.examination.hospital.publish',
      responseRoot: 'alibaba_alihealth_examination_hospital_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
